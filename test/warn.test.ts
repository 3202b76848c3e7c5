import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearWarning, warnOnce } from '../src/internal/warn.js';

describe('warnOnce', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('warns once per element and problem', () => {
    const a = {};
    const b = {};
    warnOnce(a, 'datetime', 'bad datetime');
    warnOnce(a, 'datetime', 'bad datetime');
    warnOnce(a, 'locale', 'bad locale');
    warnOnce(b, 'datetime', 'bad datetime');
    expect(warn.callCount).to.equal(3);
    expect(warn.firstCall.args[0]).to.equal('news-elements: bad datetime');
  });

  it('warns again after the problem was cleared', () => {
    const a = {};
    warnOnce(a, 'src', 'bad src');
    clearWarning(a, 'src');
    warnOnce(a, 'src', 'bad src');
    expect(warn.callCount).to.equal(2);
  });
});
