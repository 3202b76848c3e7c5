// React 18 is installed under aliases (package.json); its API as the tests use it is React 19's
// minus the additions, so it borrows React 19's declarations.
declare module 'react-18' {
  const React: typeof import('react');
  export = React;
}
declare module 'react-dom-18' {
  export * from 'react-dom';
}
declare module 'react-dom-18/client' {
  export * from 'react-dom/client';
}
