/** Stylesheets are imported for their side effect; Vite bundles them into a hashed CSS file. */
declare module '*.css';
