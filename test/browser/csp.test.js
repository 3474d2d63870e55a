import { expect } from '@open-wc/testing';

/** Opens a fixture page in a frame and resolves with the report its probe posts back. */
async function framed(url, type) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const report = new Promise((resolve) =>
    window.addEventListener('message', function listener(event) {
      if (event.data?.type !== type) return;
      window.removeEventListener('message', listener);
      resolve(event.data);
    }),
  );
  frame.src = url;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

// The probes search the bundled FAQ for 警察: the first result names it, whatever its wording.
describe('strict Content-Security-Policy', () => {
  it("works under default-src 'self'; script-src 'self'; style-src 'self' with no violation", async () => {
    const result = await framed('/test/fixtures/csp/index.html', 'csp-report');
    expect(result.violations).to.deep.equal([]);
    expect(result.firstQuestion).to.contain('警察');
    expect(result.accent).to.equal('rgb(0, 112, 60)');
    expect(result.srcQuestions).to.equal(3);
  });

  // Every attribute on screen; structured-data also needs the widget's own policy (the README says so).
  it("works with every attribute under require-trusted-types-for 'script' allowing the policies lit-html and line-gov-faq", async () => {
    const result = await framed('/test/fixtures/csp/trusted-types.html?policies=lit-html,line-gov-faq', 'trusted-types-report');
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.firstQuestion).to.contain('警察');
    expect(result.status).to.not.match(/準備/);
    expect(result.related).to.be.above(0);
    expect(result.jsonLdQuestions).to.be.above(0);
    expect(result.srcQuestions).to.equal(2);
  });

  it("says which policy structured-data needs when the page allows only Lit's, and the rest works", async () => {
    const result = await framed('/test/fixtures/csp/trusted-types.html?policies=lit-html', 'trusted-types-report');
    expect(result.errors).to.deep.equal([]);
    expect(result.firstQuestion).to.contain('警察');
    expect(result.srcQuestions).to.equal(2);
    expect(result.jsonLdQuestions).to.equal(0);
    if (result.enforced) expect(result.warnings.join('\n')).to.contain('"line-gov-faq"');
  });
});
