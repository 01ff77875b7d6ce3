// The custom elements manifest (custom-elements.json) describes <heard-feedback> for editors, linters and
// catalogues: attributes, events, CSS custom properties and parts, from the JSDoc in the source.
export default {
  globs: ['widget/index.ts', 'widget/heard-feedback.ts', 'widget/events.ts'],
  outdir: 'dist/widget',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it (tests run it elsewhere).
  packagejson: false,
  plugins: [
    {
      // `dispatchEvent(new HeardVoteEvent(…))` is seen as an event with no name; the @fires tags name them.
      name: 'heard-drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
