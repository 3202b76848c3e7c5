// Images imported as modules: angular.json's `loader` copies the file and gives its URL.
declare module '*.jpg' {
  const url: string;
  export default url;
}
declare module '*.svg' {
  const url: string;
  export default url;
}
