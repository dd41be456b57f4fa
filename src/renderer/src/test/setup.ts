import { configure } from '@testing-library/react';

// Component tests share two cores with the node tests in CI: findBy/waitFor get 5 s, not 1 s,
// so a slow machine is not mistaken for a broken view.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out and has no scrollIntoView; views call it to bring a marked area or
// hit into sight.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => undefined;
}
