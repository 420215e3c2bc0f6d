/** Telling the service worker's offline stand-in (the course map's page at another address) from a real page. */
import { isCourseMapStandIn } from '../../src/app/stand-in';

describe('isCourseMapStandIn', () => {
  it('is the course map’s page loaded at another address', () => {
    expect(isCourseMapStandIn('https://course.example.org/', '/lessons/a-newer-lesson')).toBe(true);
    expect(isCourseMapStandIn('http://127.0.0.1:4173/', '/nowhere')).toBe(true);
  });

  it('is not the course map at its own address, another page at its own, or a page without a canonical link (the server’s not-found page)', () => {
    expect(isCourseMapStandIn('https://course.example.org/', '/')).toBe(false);
    expect(isCourseMapStandIn('https://course.example.org/', '/index.html')).toBe(false);
    expect(isCourseMapStandIn('https://course.example.org/lessons/what-is-fine-tuning', '/lessons/what-is-fine-tuning')).toBe(false);
    expect(isCourseMapStandIn(null, '/nowhere')).toBe(false);
    expect(isCourseMapStandIn(undefined, '/nowhere')).toBe(false);
  });
});
