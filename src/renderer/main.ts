/** Renderer entry: defines the custom elements; index.html places <nd-app>. */
import './app/nd-app';
