// A `.yml` file imported by the code is its data, read at build time (scripts/yamlData.mjs).
declare module '*.yml' {
  const data: unknown;
  export default data;
}
