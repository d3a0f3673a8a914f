/**
 * Deliberate deviations for the broken target (DESIGN.md "Quality bar": the self-test must fail
 * exactly the criteria a broken target breaks). The reference client runs with none.
 */
export interface ClientFaults {
  /** Register without the `lwm2m=` parameter (breaks ETS int-101 criterion A). */
  omitLwm2mVersion?: boolean;
  /** Answer a Write to /1/x/1 with 2.04 but neither store it nor send the Update (breaks int-102 B). */
  ignoreLifetimeWrite?: boolean;
}
