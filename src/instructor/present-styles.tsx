import presentCss from './present.css?url';
import slidesCss from './slides.css?url';

/**
 * The slides' and the presenter's stylesheets, which only /present needs: kept out of the one
 * stylesheet that every page inlines (about 2 KB compressed off each page's HTML), and loaded
 * here instead. React hoists them into <head> and holds the first render until they have loaded,
 * so the slides never show unstyled; the prerendered /present pages carry them in their HTML.
 */
export function PresentStyles() {
  return (
    <>
      <link rel="stylesheet" href={slidesCss} precedence="present" />
      <link rel="stylesheet" href={presentCss} precedence="present" />
    </>
  );
}
