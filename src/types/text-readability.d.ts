// The package ships no types; these cover the three measures the site uses.
declare module 'text-readability' {
  const readability: {
    fleschReadingEase(text: string): number;
    averageSentenceLength(text: string): number;
    fleschKincaidGrade(text: string): number;
  };
  export default readability;
}
