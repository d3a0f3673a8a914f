/** PSA constants in the spec's names (status codes, key types, usage flags, algorithms, lifetimes). */
export * from './status';
export * from './key-types';
export * from './key-type-names';
export * from './usage';
export * from './algorithms';
export * from './algorithm-names';
export * from './lifetimes';
export * from './kdf-steps';
export * from './pake';

export * from './algorithm-classes';
