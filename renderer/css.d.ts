/** A stylesheet, imported for its side effect: Vite bundles it into the page's CSS. */
declare module '*.css';
