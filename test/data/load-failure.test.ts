import { expect } from '@open-wc/testing';
import { FILE_PAGE_PROBLEM, loadFailure, onFilePage } from '../../src/data/load-failure.js';

describe('loadFailure', () => {
  it('names the cause on a page opened from file://, whatever the browser said', () => {
    expect(loadFailure(new TypeError('Failed to fetch'), 'file:')).to.equal(FILE_PAGE_PROBLEM);
    expect(loadFailure(new TypeError('error loading dynamically imported module'), 'file:')).to.equal(FILE_PAGE_PROBLEM);
    expect(FILE_PAGE_PROBLEM).to.contain('file://').and.to.contain('over http').and.to.contain('npx serve');
  });

  it("keeps the error's own message on pages served over http(s)", () => {
    expect(loadFailure(new TypeError('Failed to fetch'), 'https:')).to.equal('Failed to fetch');
    expect(loadFailure('offline', 'http:')).to.equal('offline');
  });

  it('reads the protocol of the current page by default', () => {
    expect(location.protocol).to.equal('http:');
    expect(onFilePage()).to.equal(false);
    expect(onFilePage('file:')).to.equal(true);
    expect(loadFailure(new Error('boom'))).to.equal('boom');
  });
});
