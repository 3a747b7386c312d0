// custom-elements.json is generated (npm run analyze); this lets the typecheck run before it exists.
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
