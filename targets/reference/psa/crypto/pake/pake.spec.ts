import * as E from '../../constants/status';
import { initialised } from '../test-support';

describe('PAKE (not implemented by the simulator)', () => {
  it('answers NOT_SUPPORTED to setup and BAD_STATE to the rest, so nothing pretends to work', async () => {
    const psa = await initialised();
    const op = await psa.psa_pake_operation_init();
    expect(await psa.psa_pake_setup(op, 1, { alg: 0x0a000109, primitive: 0x01120100, keyConfirmation: 1 })).toBe(E.PSA_ERROR_NOT_SUPPORTED);
    expect((await psa.psa_pake_output(op, 1, 65)).status).toBe(E.PSA_ERROR_BAD_STATE);
    expect(await psa.psa_pake_abort(op)).toBe(E.PSA_SUCCESS);
  });
});
