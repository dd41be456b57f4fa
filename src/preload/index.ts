import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createFilesBridge } from './files-bridge';
import { createIpcTransport } from './ipc-transport';

// The renderer gets a transport, not the client: functions crossing the bridge lose the
// class of a thrown error, so the renderer builds its client (and its errors) itself.
contextBridge.exposeInMainWorld('jianbaoIpc', createIpcTransport(ipcRenderer));
contextBridge.exposeInMainWorld('jianbaoFiles', createFilesBridge(webUtils));
