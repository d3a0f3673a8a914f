/**
 * The executable resources the reference client implements: /1/x/4 Disable, /1/x/8 Registration
 * Update Trigger, /1/x/9 Bootstrap-Request Trigger (TS-Core App. E.2), /3/0/4 Reboot (App. E.4) and
 * /5/x/2 Update (App. E.6). Server Object executables act on the account whose Server Object Instance
 * was executed — with several servers, /1/1/8 updates the registration of the server in /1/1.
 */
import { Obj } from '../model/ids.generated';
import { executableKey, type ExecuteAction } from './dm-context';
import type { ObjectTree } from './object-tree';
import { objectExecutables, type ObjectEnvironment } from './objects';
import type { RegistrationEngine } from './registration-engine';
import { DEFAULT_DISABLE_TIMEOUT_S, serverNumber, type ServerAccount } from './server-account';

export interface ClientActions {
  /** The account and registration of the Server Object Instance `instanceId`, if the client serves it. */
  server(instanceId: number): { account: ServerAccount; engine: RegistrationEngine } | undefined;
  /** TS-Core §6.1.3.4 Server Initiated Bootstrap: start a Client Initiated Bootstrap now. */
  bootstrapRequest(): void;
  /** Power-cycle the device; it registers afresh (ETS int-241). */
  reboot(): void;
  /** /5/x/2: the Firmware Update object answers this itself (firmware-requests.ts); listed for Discover. */
  firmwareUpdate(instanceId: number): void;
}

export function clientExecutables(tree: ObjectTree, actions: ClientActions, env: ObjectEnvironment = {}): Map<string, ExecuteAction> {
  const onServer = (act: (s: { account: ServerAccount; engine: RegistrationEngine }) => void): ExecuteAction => (instanceId) => {
    const server = actions.server(instanceId);
    if (server) act(server);
  };
  return new Map<string, ExecuteAction>([
    [
      executableKey(Obj.Server.id, Obj.Server.Disable),
      onServer(({ account, engine }) => engine.disable(serverNumber(tree, account, Obj.Server.DisableTimeout, DEFAULT_DISABLE_TIMEOUT_S))),
    ],
    [executableKey(Obj.Server.id, Obj.Server.RegistrationUpdateTrigger), onServer(({ engine }) => engine.triggerUpdate())],
    [executableKey(Obj.Server.id, Obj.Server.BootstrapRequestTrigger), () => actions.bootstrapRequest()],
    [executableKey(Obj.Device.id, Obj.Device.Reboot), () => actions.reboot()],
    [executableKey(Obj.FirmwareUpdate.id, Obj.FirmwareUpdate.Update), (instanceId) => actions.firmwareUpdate(instanceId)],
    ...objectExecutables(tree, env),
  ]);
}
