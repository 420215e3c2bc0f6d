import { QrCode } from './qr-code';
import { useOrigin } from './use-origin';

/**
 * An interactive explanation from a lesson (a stepper, a decision guide) on a slide. It is
 * made for one reader at a time and does not fit a slide at legible size, so the slide sends
 * the room to it: the section's link in large type and as a QR code.
 */
export function DemoBlock({ slug, section }: { slug: string; section: string }) {
  const url = `${useOrigin()}/lessons/${slug}#${section}`;
  return (
    <div className="slide-demo">
      <div>
        <p className="slide-demo__lead">Try it yourself: an interactive demonstration in the lesson.</p>
        <p className="slide-demo__url">{url}</p>
      </div>
      <QrCode text={url} label={`QR code for ${url}`} />
    </div>
  );
}
