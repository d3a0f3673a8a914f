/** Object 5 Firmware Update (TS-Core App. E.6; DDF 5 v1.1): the State and Update Result values. */
export const FwState = { Idle: 0, Downloading: 1, Downloaded: 2, Updating: 3 } as const;

export const FwResult = {
  Initial: 0,
  Success: 1,
  NotEnoughFlash: 2,
  OutOfRam: 3,
  ConnectionLost: 4,
  IntegrityFailure: 5,
  UnsupportedPackageType: 6,
  InvalidUri: 7,
  UpdateFailed: 8,
  UnsupportedProtocol: 9,
} as const;

export type FwResultCode = (typeof FwResult)[keyof typeof FwResult];

/** Resource IDs of /5/x used here. */
export const FwResource = { Package: 0, PackageUri: 1, Update: 2, State: 3, UpdateResult: 5, PkgName: 6, PkgVersion: 7 } as const;

/** A download that ended in one of the failure results. */
export class FirmwareFailure extends Error {
  override readonly name = 'FirmwareFailure';
  constructor(
    readonly result: FwResultCode,
    message: string,
  ) {
    super(message);
  }
}
