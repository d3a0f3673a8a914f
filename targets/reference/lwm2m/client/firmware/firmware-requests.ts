/**
 * The requests on /5/0 that the Firmware Update object answers itself rather than the generic DM
 * handler, because they start behaviour (TS-Core App. E.6; ETS int-755..779):
 *
 *   PUT /5/0/0 Package (push) — whole, or block-wise with Block1 (RFC 7959 §2.3: 2.31 Continue per
 *     block, the final response echoing Block1; ETS int-770). A single NUL byte resets to Idle.
 *   PUT /5/0/1 Package URI (pull) — "" resets to Idle; anything else starts the download.
 *   POST /5/0/2 Update — 2.04 in Downloaded, else 4.05 Method Not Allowed (ETS int-772).
 *
 * A push that exceeds the flash is cut with 4.13 Request Entity Too Large (RFC 7959 §2.9.3) carrying
 * Size1 = the flash size; any other failure ends the transfer normally and Update Result says why.
 */
import { CodecError, type ContentCodec, type ModelLookup } from '../../codecs/types';
import type { CoapResponseSpec, IncomingRequest } from '../../../transport/coap-udp/types';
import { uintOptionOf } from '../../../transport/coap-udp/options';
import { blockOption, blockSize, readBlockOption, type BlockOption } from '../block/block-option';
import { FwResource, FwResult } from './firmware-codes';
import type { FirmwareUpdate } from './firmware-update';

const OPAQUE = 42;
const TEXT = 0;
const PATH = /^\/5\/(\d+)\/(\d+)$/;

export interface FirmwareRequestContext {
  model: ModelLookup;
  codecFor(contentFormat: number): ContentCodec | undefined;
  storageBytes: number;
}

export class FirmwareRequests {
  /** The Block1 number the running push expects next (undefined: no block-wise push running). */
  private nextBlock?: number;

  constructor(
    private readonly fw: FirmwareUpdate,
    private readonly ctx: FirmwareRequestContext,
  ) {}

  /** The answer, or undefined when the request is not one of the three (the DM handler takes it). */
  handle(req: IncomingRequest): CoapResponseSpec | undefined {
    const m = PATH.exec(req.path);
    if (!m || Number(m[1]) !== this.fw.instanceId) return undefined;
    const resourceId = Number(m[2]);
    // PUT without payload and Content-Format is Write-Attributes (TS-Transport §6.4.4): the DM handler's.
    if (req.method === 'PUT' && req.payload.length === 0 && req.contentFormat === undefined) return undefined;
    if (req.method === 'PUT' && resourceId === FwResource.Package) return this.package(req);
    if (req.method === 'PUT' && resourceId === FwResource.PackageUri) return this.packageUri(req);
    if (req.method === 'POST' && resourceId === FwResource.Update) return this.fw.update() ? { code: '2.04' } : { code: '4.05' };
    return undefined;
  }

  private package(req: IncomingRequest): CoapResponseSpec {
    let block: BlockOption | undefined;
    try {
      block = readBlockOption(req.message, 'Block1');
    } catch {
      return { code: '4.02' };
    }
    const written = this.value(req, OPAQUE);
    if ('code' in written) return written;
    const bytes = written.bytes;
    if (!block) {
      this.nextBlock = undefined;
      if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0)) {
        this.fw.reset();
        return { code: '2.04' };
      }
      this.fw.beginPush();
      return this.fw.pushChunk(bytes) ? (this.fw.endPush(), { code: '2.04' }) : this.refused();
    }
    if (block.num === 0) {
      this.fw.beginPush();
      this.nextBlock = 0;
    }
    if (this.nextBlock !== block.num || (block.more && bytes.length !== blockSize(block.szx))) {
      this.nextBlock = undefined;
      return { code: '4.08' }; // RFC 7959 §2.9.2 Request Entity Incomplete
    }
    if (!this.fw.pushChunk(bytes)) {
      this.nextBlock = undefined;
      return this.refused();
    }
    this.nextBlock = block.num + 1;
    if (block.more) return { code: '2.31', options: [blockOption('Block1', block)] };
    this.nextBlock = undefined;
    this.fw.endPush();
    return { code: '2.04', options: [blockOption('Block1', block)] };
  }

  private packageUri(req: IncomingRequest): CoapResponseSpec {
    const written = this.value(req, TEXT);
    if ('code' in written) return written;
    const uri = written.bytes.toString('utf8');
    this.fw.recordPackageUri(uri);
    if (uri === '') this.fw.reset();
    else this.fw.startPull(uri);
    return { code: '2.04' };
  }

  /** 4.13 with Size1 when the flash is too small (RFC 7959 §2.9.3, §4); 5.00 for any other refusal. */
  private refused(): CoapResponseSpec {
    const tooLarge = this.fw.result === FwResult.NotEnoughFlash;
    return tooLarge ? { code: '4.13', options: [uintOptionOf('Size1', this.ctx.storageBytes)] } : { code: '5.00' };
  }

  /**
   * The written value: raw bytes for the resource's natural format (opaque for Package, text for the
   * URI, or no Content-Format), else decoded by the codec; an error response when it cannot be.
   */
  private value(req: IncomingRequest, natural: number): { bytes: Buffer } | CoapResponseSpec {
    if (req.contentFormat === undefined || req.contentFormat === natural) return { bytes: req.payload };
    const codec = this.ctx.codecFor(req.contentFormat);
    if (!codec) return { code: '4.15' };
    try {
      const resourceId = natural === OPAQUE ? FwResource.Package : FwResource.PackageUri;
      const v = codec.decode(req.payload, { objectId: 5, instanceId: this.fw.instanceId, resourceId }, this.ctx.model)[0]?.value;
      if (Buffer.isBuffer(v)) return { bytes: v };
      return typeof v === 'string' ? { bytes: Buffer.from(v, 'utf8') } : { code: '4.00' };
    } catch (e) {
      if (e instanceof CodecError) return { code: '4.00' };
      throw e;
    }
  }
}
