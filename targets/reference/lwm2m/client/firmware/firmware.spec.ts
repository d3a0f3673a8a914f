import { codecFor } from '../../codecs/registry';
import { C8 } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { blockOption, readBlockOption } from '../block/block-option';
import { ObjectTree } from '../object-tree';
import { incoming } from '../test-fixtures';
import { FirmwareFailure, FwResult, FwState } from './firmware-codes';
import { FirmwareRequests } from './firmware-requests';
import { FirmwareUpdate } from './firmware-update';
import { encodeImage, parseImageHeader, payloadIntact } from './image-format';
import { PackageSink } from './package-sink';

const model = defaultModel();
const image = (over: Partial<Parameters<typeof encodeImage>[0]> = {}) =>
  encodeImage({ name: 'fw', version: '2.0', ramRequired: 1024, failsSelfTest: false, payload: Buffer.alloc(2000, 7), ...over });
const limits = { storageBytes: 8192, ramBytes: 4096 };

describe('reference firmware image and package sink', () => {
  it('round-trips the header and checks the payload digest', () => {
    const bytes = image();
    const parsed = parseImageHeader(bytes);
    expect(parsed.kind).toBe('header');
    if (parsed.kind !== 'header') return;
    expect(parsed.header).toMatchObject({ name: 'fw', version: '2.0', ramRequired: 1024, payloadLength: 2000 });
    expect(payloadIntact(parsed.header, bytes)).toBe(true);
    bytes[bytes.length - 1] ^= 1;
    expect(payloadIntact(parsed.header, bytes)).toBe(false);
    expect(parseImageHeader(bytes.subarray(0, 5)).kind).toBe('incomplete');
    expect(parseImageHeader(Buffer.from('PK\x03\x04 zip')).kind).toBe('foreign');
  });

  it.each([
    ['too big for the flash', () => image({ payload: Buffer.alloc(9000) }), FwResult.NotEnoughFlash],
    ['needing too much RAM', () => image({ ramRequired: 1e6 }), FwResult.OutOfRam],
    ['corrupted', () => Buffer.concat([image().subarray(0, -1), Buffer.from([0])]), FwResult.IntegrityFailure],
    ['not an image', () => Buffer.alloc(100, 0x1f), FwResult.UnsupportedPackageType],
  ])('fails a package %s with its Update Result', (_what, make, result) => {
    const sink = new PackageSink(limits);
    try {
      for (let at = 0; at < make().length; at += 512) sink.append(make().subarray(at, at + 512));
      sink.finish();
      throw new Error('no failure');
    } catch (e) {
      expect(e).toBeInstanceOf(FirmwareFailure);
      expect((e as FirmwareFailure).result).toBe(result);
    }
  });
});

describe('Object 5 state machine and its requests (TS-Core App. E.6)', () => {
  function setup() {
    const tree = ObjectTree.fromConfiguration(C8, model);
    const fw = new FirmwareUpdate({ tree, limits, timeScale: 0.001, download: async () => undefined, log: () => undefined });
    const requests = new FirmwareRequests(fw, { model, codecFor, storageBytes: limits.storageBytes });
    return { tree, fw, requests };
  }
  const put = (path: string, payload: Buffer, cf: number, options = [] as ReturnType<typeof blockOption>[]) =>
    incoming('PUT', path, { payload, contentFormat: cf, message: { type: 'CON', code: '0.03', messageId: 1, token: Buffer.alloc(0), options, payload } });

  it('takes a block-wise push (2.31 … 2.04 echoing Block1), installs on Execute and reports the new version', async () => {
    const { tree, fw, requests } = setup();
    const bytes = image();
    const blocks = Math.ceil(bytes.length / 512);
    for (let num = 0; num < blocks; num++) {
      const more = num < blocks - 1;
      const r = requests.handle(put('/5/0/0', bytes.subarray(num * 512, (num + 1) * 512), 42, [blockOption('Block1', { num, more, szx: 5 })]))!;
      expect(r.code).toBe(more ? '2.31' : '2.04');
      expect(readBlockOption({ options: r.options ?? [] }, 'Block1')).toEqual({ num, more, szx: 5 });
      if (num === 0) expect(fw.state).toBe(FwState.Downloading);
    }
    expect(fw.state).toBe(FwState.Downloaded);
    expect(tree.resource(5, 0, 7)).toBe('2.0');
    expect(requests.handle(incoming('POST', '/5/0/2'))!.code).toBe('2.04');
    expect(fw.state).toBe(FwState.Updating);
    await new Promise((r) => setTimeout(r, 20));
    expect([fw.state, fw.result, tree.resource(3, 0, 3)]).toEqual([FwState.Idle, FwResult.Success, '2.0']);
  });

  it('answers Execute 4.05 unless Downloaded (ETS int-772) and resets on NUL', () => {
    const { fw, requests } = setup();
    expect(requests.handle(incoming('POST', '/5/0/2'))!.code).toBe('4.05');
    expect(requests.handle(put('/5/0/0', Buffer.from([0]), 42))!.code).toBe('2.04');
    expect([fw.state, fw.result]).toEqual([FwState.Idle, FwResult.Initial]);
  });

  it('stops a push that outgrows the flash with 4.13 and Size1 (RFC 7959 §2.9.3), Update Result 2', () => {
    const { fw, requests } = setup();
    const bytes = image({ payload: Buffer.alloc(9000) });
    let last;
    for (let num = 0; num * 512 < bytes.length; num++) {
      last = requests.handle(put('/5/0/0', bytes.subarray(num * 512, (num + 1) * 512), 42, [blockOption('Block1', { num, more: true, szx: 5 })]))!;
      if (last.code !== '2.31') break;
    }
    expect(last!.code).toBe('4.13');
    expect(last!.options?.find((o) => o.name === 'Size1')).toBeDefined();
    expect([fw.state, fw.result]).toEqual([FwState.Idle, FwResult.NotEnoughFlash]);
  });

  it('leaves Write-Attributes (PUT without payload) to the DM handler', () => {
    expect(setup().requests.handle(incoming('PUT', '/5/0/0', { query: ['pmin=1'] }))).toBeUndefined();
  });

  it('rolls back an image that fails its self-test: Update Result 8, version unchanged (ETS int-779)', async () => {
    const { tree, fw, requests } = setup();
    fw.beginPush();
    fw.pushChunk(image({ failsSelfTest: true }));
    fw.endPush();
    expect(requests.handle(incoming('POST', '/5/0/2'))!.code).toBe('2.04');
    await new Promise((r) => setTimeout(r, 20));
    expect([fw.state, fw.result]).toEqual([FwState.Downloaded, FwResult.UpdateFailed]);
    expect(tree.resource(3, 0, 3)).toBe('1.0');
  });
});
