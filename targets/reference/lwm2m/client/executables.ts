/**
 * The executable resources the reference client implements (configuration C.1 lists them):
 * /1/x/4 Disable, /1/x/8 Registration Update Trigger (TS-Core App. E.2) and /3/0/4 Reboot (App. E.4).
 */
import { Obj } from '../model/ids.generated';
import { executableKey, type ExecuteAction } from './dm-context';
import type { ObjectTree } from './object-tree';
import { objectExecutables } from './objects';
import type { RegistrationEngine } from './registration-engine';
import { DEFAULT_DISABLE_TIMEOUT_S, serverNumber, type ServerAccount } from './server-account';

export function clientExecutables(tree: ObjectTree, account: ServerAccount, engine: RegistrationEngine): Map<string, ExecuteAction> {
  return new Map<string, ExecuteAction>([
    [
      executableKey(Obj.Server.id, Obj.Server.Disable),
      () => engine.disable(serverNumber(tree, account, Obj.Server.DisableTimeout, DEFAULT_DISABLE_TIMEOUT_S)),
    ],
    [executableKey(Obj.Server.id, Obj.Server.RegistrationUpdateTrigger), () => engine.triggerUpdate()],
    [executableKey(Obj.Device.id, Obj.Device.Reboot), () => engine.reboot()],
    ...objectExecutables(tree),
  ]);
}
