package com.retailstudio.simulator.engine;

/**
 * A customer's condition inputs looked at outside a journey's run (a decision probe, a segment's count): there is
 * no trigger event and no journey history, and the consent is the customer's as the data has it.
 */
abstract class OutsideARun implements ConditionInputs {

    private final CustomerData data;
    private int customer;

    OutsideARun(CustomerData data, int customer) {
        this.data = data;
        this.customer = customer;
    }

    /** Looks at another customer. */
    void moveTo(int next) {
        customer = next;
    }

    @Override
    public final CustomerData data() {
        return data;
    }

    @Override
    public final int customer() {
        return customer;
    }

    @Override
    public final int triggerEvent() {
        return -1;
    }

    @Override
    public final int consentBits() {
        return data.consentBits(customer);
    }

    @Override
    public final boolean history(int node, int fact) {
        return false;
    }
}
