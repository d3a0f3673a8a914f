/**
 * Observe and Cancel Observation for one LwM2M Server (TS-Core 1.2 §6.4.1–§6.4.5; TS-Transport
 * §6.4.5; RFC 7641):
 * - GET + Observe=0 on /o, /o/i, /o/i/r or /o/i/r/ri: the first 2.05 (with the Observe option) is the
 *   initial notification; later ones follow the attributes (observation.ts). 1.2 attributes in the
 *   query (`?pmin=5&pmax=15`) override the attached ones for this observation only (int-312/313).
 * - FETCH + Observe=0 on `/`: Observe-Composite over a SenML path list (int-304, int-308..310).
 * - Cancel: GET/FETCH + Observe=1 with the observation's token (RFC 7641 §3.6, int-303, int-305) is
 *   answered like a Read; an RST to a notification ends it too (int-302, via the Notifier).
 */
import type { Lwm2mPath, Lwm2mRecord } from '../../codecs/types';
import type { CoapEndpoint, CoapResponseSpec, IncomingRequest, PeerAddress } from '../../../transport/coap-udp/types';
import { AttributeSyntaxError, parseAttributeQuery } from '../attributes/attribute-query';
import { thresholdsConsistent, type AttributeSet } from '../attributes/attribute-set';
import type { AttributeStore } from '../attributes/attribute-store';
import { compositeAttributes, defaultsSet, effectiveAttributes, type ServerDefaults } from '../attributes/effective';
import { misplacedAttribute } from '../attributes/write-attributes';
import { compositeRecords } from '../composite/composite-records';
import { encodeComposite, parseCompositeRequest } from '../composite/read-composite';
import type { CompositeTarget } from '../composite/composite-targets';
import type { DmContext } from '../dm-context';
import { encodeRead, handleRead, preferredFormat, readableRecords, readRefusal } from '../read';
import { Notifier } from './notifier';
import { Observation } from './observation';
import { ObservationRegistry } from './observation-registry';

export interface ObserveServiceOptions {
  dm: DmContext;
  attributes: AttributeStore;
  defaults(): ServerDefaults;
  coap: CoapEndpoint;
  server: PeerAddress;
  timeScale: number;
  ignorePmin?: boolean;
  log(line: string): void;
}

/** RFC 7641 §4.4: the Observe sequence number is 24 bits and wraps. */
const SEQUENCE_MASK = 0xffffff;

export class ObserveService {
  private readonly registry = new ObservationRegistry();
  private readonly notifier: Notifier;

  constructor(private readonly o: ObserveServiceOptions) {
    this.notifier = new Notifier(o.coap, o.server, o.timeScale, {
      reset: (token) => this.registry.cancel(token) && o.log(`observation ${token.toString('hex')} cancelled by RST`),
      gaveUp: (token) => this.registry.cancel(token) && o.log(`observation ${token.toString('hex')} dropped: CON notification not acknowledged`),
    });
  }

  /** GET with an Observe option on a single path. */
  observe(req: IncomingRequest, path: Lwm2mPath): CoapResponseSpec {
    const { dm } = this.o;
    if (req.observe !== 0) {
      this.registry.cancel(req.message.token);
      return handleRead(dm, path, req.accept);
    }
    const params = this.observeParameters(req.query, path);
    if ('refused' in params) return params.refused;
    const refusal = readRefusal(dm, path);
    if (refusal) return { code: refusal };
    const contentFormat = req.accept ?? preferredFormat(dm, path);
    const initial = readableRecords(dm, path);
    const first = encodeRead(dm, path, contentFormat, initial);
    if (first.code !== '2.05') return first;
    const attributes = () => effectiveAttributes(this.o.attributes, path, this.o.defaults(), params.set);
    this.start(req.message.token, [path], initial, {
      snapshot: () => (dm.tree.exists(path) ? readableRecords(dm, path) : undefined),
      attributes,
      encode: (records) => (records ? encodeRead(dm, path, contentFormat, records) : { code: '4.04' }),
      conditional: true,
    });
    return { ...first, observe: 0 };
  }

  /** FETCH with an Observe option: Observe-Composite, or its cancellation. */
  observeComposite(req: IncomingRequest): CoapResponseSpec {
    const { dm } = this.o;
    const parsed = parseCompositeRequest(dm, req);
    if ('refused' in parsed) return parsed.refused;
    const { targets, accept } = parsed;
    if (req.observe !== 0) {
      this.registry.cancel(req.message.token);
      return encodeComposite(dm, targets, accept);
    }
    let params: AttributeSet;
    try {
      params = parseAttributeQuery(req.query, 'ignore').set;
    } catch (e) {
      if (e instanceof AttributeSyntaxError) return { code: '4.00', payload: Buffer.from(e.message, 'utf8') };
      throw e;
    }
    const first = encodeComposite(dm, targets, accept);
    if (first.code !== '2.05') return first;
    // The root has no attributes of its own: only the server's defaults apply to it.
    const perTarget = () => targets.map((t) => (t === 'root' ? defaultsSet(this.o.defaults()) : effectiveAttributes(this.o.attributes, t, this.o.defaults())));
    this.start(req.message.token, targets, compositeRecords(dm, targets), {
      snapshot: () => compositeRecords(dm, targets),
      attributes: () => compositeAttributes(perTarget(), params),
      encode: () => encodeComposite(dm, targets, accept),
      conditional: false,
    });
    return { ...first, observe: 0 };
  }

  changed(path: Lwm2mPath): void {
    this.registry.changed(path);
  }

  attributesChanged(): void {
    this.registry.attributesChanged();
  }

  /** TS-Core §6.4.1: a new Register voids every observation. */
  clear(): void {
    this.registry.clear();
  }

  close(): void {
    this.registry.clear();
    this.notifier.close();
  }

  private start(
    token: Buffer,
    targets: readonly CompositeTarget[],
    initial: Lwm2mRecord[],
    h: {
      snapshot(): Lwm2mRecord[] | undefined;
      attributes(): AttributeSet;
      encode(records: Lwm2mRecord[] | undefined): CoapResponseSpec;
      conditional: boolean;
    },
  ): void {
    let sequence = 0;
    const observation = new Observation(
      token,
      {
        snapshot: h.snapshot,
        attributes: h.attributes,
        notify: (records, a) => {
          const r = h.encode(records);
          sequence = (sequence + 1) & SEQUENCE_MASK;
          this.notifier.send({ token, observe: sequence, code: r.code, contentFormat: r.contentFormat, payload: r.payload ?? Buffer.alloc(0), confirmable: a.con === 1 });
        },
        conditional: h.conditional,
        timeScale: this.o.timeScale,
        ignorePmin: this.o.ignorePmin,
      },
      initial,
    );
    this.registry.add(observation, targets);
  }

  /** 1.2 Observe parameters: valid syntax, placed where they may be, consistent thresholds (ATT-06). */
  private observeParameters(query: readonly string[], path: Lwm2mPath): { set: AttributeSet } | { refused: CoapResponseSpec } {
    const bad = (text: string) => ({ refused: { code: '4.00', payload: Buffer.from(text, 'utf8') } });
    let set: AttributeSet;
    try {
      set = parseAttributeQuery(query, 'ignore').set;
    } catch (e) {
      if (e instanceof AttributeSyntaxError) return bad(e.message);
      throw e;
    }
    const misplaced = misplacedAttribute(this.o.dm, path, set);
    if (misplaced) return bad(misplaced);
    if (!thresholdsConsistent(effectiveAttributes(this.o.attributes, path, this.o.defaults(), set))) return bad('thresholds break "lt + 2·st < gt"');
    return { set };
  }
}
