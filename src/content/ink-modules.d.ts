// Types for what src/node/vitePluginInk.ts serves to the browser code.

declare module '*.ink' {
  /** The compiled scenario (the build fails, or the dev overlay shows, when the story has errors). */
  const scenario: import('./types').Scenario;
  export default scenario;
}

declare module 'virtual:threshold-stories' {
  /** Every root story in stories/, in path order; broken ones carry their errors. */
  export const stories: import('./types').LoadResult[];
  export default stories;
}
