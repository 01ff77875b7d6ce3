// text-readability ships no types; these are the calls the benchmarks make.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    colemanLiauIndex(text: string): number;
    smogIndex(text: string): number;
    automatedReadabilityIndex(text: string): number;
  };
  export default readability;
}
