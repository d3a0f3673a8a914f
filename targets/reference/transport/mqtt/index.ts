/**
 * LwM2M over MQTT (TS-Transport 1.2 §8): the CoapEndpoint adapter, its CoAP ⇄ MQTT table, and the
 * brokers tests and benches run it through.
 */
export { createMqttLwm2mEndpoint, type MqttLwm2mEndpoint, type MqttLwm2mEndpointOptions, type MqttRole } from './endpoint';
export { MqttConnectionLostError } from './errors';
export { mqttTlsConnectionOptions, type MqttTlsOptions } from './tls';
export { MqttMappingError } from './mapping';
export { KEY, OP } from './operations';
export { startAedesBroker, type TestBroker } from './aedes-broker';
export { hasMosquitto, startMosquitto, MOSQUITTO_BIN, MOSQUITTO_INSTALL_HINT, type MosquittoBroker, type MosquittoTls } from './mosquitto';
