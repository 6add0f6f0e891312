/// <reference path="../.astro/types.d.ts" />
declare namespace App {
  interface Locals {
    /** Set by print routes so embedded components render for print and the right audience. */
    print?: import('./lib/render-context').RenderContext;
    /** Running table numbers per language while a book renders. */
    tableCounters?: Record<string, number>;
  }
}
