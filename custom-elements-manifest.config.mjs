/** `cem analyze` reads the elements' JSDoc (@attr, @fires, @csspart, @cssprop) into custom-elements.json. */
export default {
  globs: ['src/components/**/*.component.ts'],
  litelement: true,
  outdir: '.',
};
