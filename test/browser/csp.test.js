import { expect } from '@open-wc/testing';

describe('strict Content-Security-Policy', () => {
  it("works under default-src 'self'; script-src 'self'; style-src 'self' with no violation", async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const report = new Promise((resolve) =>
      window.addEventListener('message', function listener(event) {
        if (event.data?.type !== 'csp-report') return;
        window.removeEventListener('message', listener);
        resolve(event.data);
      }),
    );
    frame.src = '/test/fixtures/csp/index.html';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.violations).to.deep.equal([]);
      expect(result.firstQuestion).to.equal('警察連携時のLINE社窓口を教えてください。');
      expect(result.accent).to.equal('rgb(0, 112, 60)');
      expect(result.srcQuestions).to.equal(3);
    } finally {
      frame.remove();
    }
  });
});
