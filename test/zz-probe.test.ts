test('probe', () => {
  let t0 = Date.now();
  const ts = require('typescript');
  console.log('ts load ms', Date.now() - t0, ts.version);
  t0 = Date.now();
  const { Worker, receiveMessageOnPort, MessageChannel } = require('worker_threads');
  const sab = new SharedArrayBuffer(4); const flag = new Int32Array(sab);
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { workerData, receiveMessageOnPort } = require('worker_threads');
    const { port, flag } = workerData;
    port.on('message', async (msg) => {
      const { Deployment } = await import('/work/main/node_modules/kubernetes-models/apps/v1/Deployment.js');
      let res;
      try { new Deployment(msg).validate(); res = []; } catch (e) { res = (e.errors||[]).map(x => x.instancePath + ' ' + x.message); }
      port.postMessage(res);
      Atomics.store(flag, 0, 1); Atomics.notify(flag, 0);
    });
  `, { eval: true, workerData: { port: port2, flag }, transferList: [port2] });
  w.unref();
  port1.postMessage({ metadata: { name: 'x' }, spec: { replicas: 'x', selector: {}, template: {} } });
  Atomics.wait(flag, 0, 0, 10000);
  const m = receiveMessageOnPort(port1);
  console.log('worker result', JSON.stringify(m), Date.now() - t0);
});
