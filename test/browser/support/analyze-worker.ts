// A dedicated module worker that runs the engine: no DOM, no window, as the extension's checker will.
import { analyze } from '../../../plain/index.ts';

self.onmessage = (event: MessageEvent<{ text: string; options: Parameters<typeof analyze>[1] }>) => {
  try {
    self.postMessage({ report: analyze(event.data.text, event.data.options) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
