declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*?raw' {
  const source: string;
  export default source;
}
