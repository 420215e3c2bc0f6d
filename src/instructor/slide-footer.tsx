/** The counter and progress bar on every slide: "3 / 24", read as "Slide 3 of 24". */
export function SlideFooter({ index, total }: { index: number; total: number }) {
  return (
    <footer className="slide__footer">
      <progress className="slide__progress" max={total} value={index + 1} aria-label="Progress through the slides" />
      <p className="slide__counter">
        <span aria-hidden="true">
          {index + 1} / {total}
        </span>
        <span className="visually-hidden">
          Slide {index + 1} of {total}
        </span>
      </p>
    </footer>
  );
}
