import { expect } from '@esm-bundle/chai';
import { analyze, ReportSchema } from '../../plain/index.ts';

const TEXTS = {
  kk: 'Өтініш беруші құжаттарды ХҚКО-ға ұсынған жағдайда, анықтама бес жұмыс күні ішінде беріледі. Жәрдемақы ай сайын төленеді.',
  ru: 'В целях обеспечения реализации мер услугополучатель осуществляет подачу заявления через ЦОН. Справка выдаётся в течение пяти рабочих дней.',
  en: 'In order to renew your passport, the applicant is required to utilise the online form prior to 1 May. Documents will be checked.',
};

/** Runs `analyze` in a fresh module worker and answers its report (or rejects with the worker's error). */
function analyzeInWorker(text: string, options?: Parameters<typeof analyze>[1]): Promise<unknown> {
  const worker = new Worker(new URL('./support/analyze-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ report?: unknown; error?: string }>) => {
      worker.terminate();
      if (event.data.error !== undefined) reject(new Error(event.data.error));
      else resolve(event.data.report);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the worker failed: ${event.message}`));
    };
    worker.postMessage({ text, options });
  });
}

describe('the engine in a Web Worker', () => {
  for (const [language, text] of Object.entries(TEXTS)) {
    it(`analyses ${language} there exactly as on the page, detecting the language itself`, async () => {
      const fromWorker = await analyzeInWorker(text);
      const parsed = ReportSchema.parse(fromWorker);
      expect(parsed.language.code).to.equal(language);
      expect(parsed.findings.length).to.be.greaterThan(2);
      expect(fromWorker).to.deep.equal(analyze(text));
    });
  }

  it('answers a bad option with the error that names it', async () => {
    let message = '';
    await analyzeInWorker('Text.', { language: 'de' } as never).catch((error: Error) => {
      message = error.message;
    });
    expect(message).to.match(/language/);
  });
});
