import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace fedmq. */
export namespace fedmq {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a MessageRef.
         * @deprecated Use fedmq.v1.MessageRef.$Properties instead.
         */
        interface IMessageRef extends fedmq.v1.MessageRef.$Properties {
        }

        /** Represents a MessageRef. */
        class MessageRef {

            /**
             * Constructs a new MessageRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.MessageRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageRef destId. */
            destId: number;

            /** MessageRef seq. */
            seq: number;

            /**
             * Creates a new MessageRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageRef instance
             */
            static create(properties: fedmq.v1.MessageRef.$Shape): fedmq.v1.MessageRef & fedmq.v1.MessageRef.$Shape;
            static create(properties?: fedmq.v1.MessageRef.$Properties): fedmq.v1.MessageRef;

            /**
             * Encodes the specified MessageRef message. Does not implicitly {@link fedmq.v1.MessageRef.verify|verify} messages.
             * @param message MessageRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.MessageRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.MessageRef & fedmq.v1.MessageRef.$Shape} MessageRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.MessageRef & fedmq.v1.MessageRef.$Shape;
        }

        namespace MessageRef {

            /** Properties of a MessageRef. */
            interface $Properties {

                /** MessageRef destId */
                destId?: (number|null);

                /** MessageRef seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageRef. */
            type $Shape = fedmq.v1.MessageRef.$Properties;
        }

        /** DlqStrategy enum. */
        enum DlqStrategy {

            /** DLQ_STRATEGY_UNSPECIFIED value */
            DLQ_STRATEGY_UNSPECIFIED = 0,

            /** DLQ_SHARED value */
            DLQ_SHARED = 1,

            /** DLQ_PER_DESTINATION value */
            DLQ_PER_DESTINATION = 2
        }

        /**
         * Properties of a BrokerPolicy.
         * @deprecated Use fedmq.v1.BrokerPolicy.$Properties instead.
         */
        interface IBrokerPolicy extends fedmq.v1.BrokerPolicy.$Properties {
        }

        /** Represents a BrokerPolicy. */
        class BrokerPolicy {

            /**
             * Constructs a new BrokerPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BrokerPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BrokerPolicy maxDeliveries. */
            maxDeliveries: number;

            /** BrokerPolicy dlqStrategy. */
            dlqStrategy: fedmq.v1.DlqStrategy;

            /** BrokerPolicy dlqMessagesMax. */
            dlqMessagesMax: number;

            /** BrokerPolicy dlqBytesMax. */
            dlqBytesMax: number;

            /** BrokerPolicy expiredToDlq. */
            expiredToDlq: boolean;

            /** BrokerPolicy dedupeWindowMs. */
            dedupeWindowMs: number;

            /** BrokerPolicy inactiveDurableTimeoutMs. */
            inactiveDurableTimeoutMs: number;

            /**
             * Creates a new BrokerPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BrokerPolicy instance
             */
            static create(properties: fedmq.v1.BrokerPolicy.$Shape): fedmq.v1.BrokerPolicy & fedmq.v1.BrokerPolicy.$Shape;
            static create(properties?: fedmq.v1.BrokerPolicy.$Properties): fedmq.v1.BrokerPolicy;

            /**
             * Encodes the specified BrokerPolicy message. Does not implicitly {@link fedmq.v1.BrokerPolicy.verify|verify} messages.
             * @param message BrokerPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BrokerPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BrokerPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BrokerPolicy & fedmq.v1.BrokerPolicy.$Shape} BrokerPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BrokerPolicy & fedmq.v1.BrokerPolicy.$Shape;
        }

        namespace BrokerPolicy {

            /** Properties of a BrokerPolicy. */
            interface $Properties {

                /** BrokerPolicy maxDeliveries */
                maxDeliveries?: (number|null);

                /** BrokerPolicy dlqStrategy */
                dlqStrategy?: (fedmq.v1.DlqStrategy|null);

                /** BrokerPolicy dlqMessagesMax */
                dlqMessagesMax?: (number|null);

                /** BrokerPolicy dlqBytesMax */
                dlqBytesMax?: (number|null);

                /** BrokerPolicy expiredToDlq */
                expiredToDlq?: (boolean|null);

                /** BrokerPolicy dedupeWindowMs */
                dedupeWindowMs?: (number|null);

                /** BrokerPolicy inactiveDurableTimeoutMs */
                inactiveDurableTimeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BrokerPolicy. */
            type $Shape = fedmq.v1.BrokerPolicy.$Properties;
        }

        /**
         * Properties of a SendBatch.
         * @deprecated Use fedmq.v1.SendBatch.$Properties instead.
         */
        interface ISendBatch extends fedmq.v1.SendBatch.$Properties {
        }

        /** Represents a SendBatch. */
        class SendBatch {

            /**
             * Constructs a new SendBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SendBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendBatch messages. */
            messages: fedmq.v1.Message.$Properties[];

            /** SendBatch autoCreate. */
            autoCreate: boolean;

            /** SendBatch dispatchNow. */
            dispatchNow: number[];

            /**
             * Creates a new SendBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendBatch instance
             */
            static create(properties: fedmq.v1.SendBatch.$Shape): fedmq.v1.SendBatch & fedmq.v1.SendBatch.$Shape;
            static create(properties?: fedmq.v1.SendBatch.$Properties): fedmq.v1.SendBatch;

            /**
             * Encodes the specified SendBatch message. Does not implicitly {@link fedmq.v1.SendBatch.verify|verify} messages.
             * @param message SendBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SendBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SendBatch & fedmq.v1.SendBatch.$Shape} SendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SendBatch & fedmq.v1.SendBatch.$Shape;
        }

        namespace SendBatch {

            /** Properties of a SendBatch. */
            interface $Properties {

                /** SendBatch messages */
                messages?: (fedmq.v1.Message.$Properties[]|null);

                /** SendBatch autoCreate */
                autoCreate?: (boolean|null);

                /** SendBatch dispatchNow */
                dispatchNow?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendBatch. */
            type $Shape = {
              messages?: fedmq.v1.Message.$Shape[]|null;
              autoCreate?: boolean|null;
              dispatchNow?: number[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an AckBatch.
         * @deprecated Use fedmq.v1.AckBatch.$Properties instead.
         */
        interface IAckBatch extends fedmq.v1.AckBatch.$Properties {
        }

        /** Represents an AckBatch. */
        class AckBatch {

            /**
             * Constructs a new AckBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.AckBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AckBatch refs. */
            refs: fedmq.v1.MessageRef.$Properties[];

            /**
             * Creates a new AckBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AckBatch instance
             */
            static create(properties: fedmq.v1.AckBatch.$Shape): fedmq.v1.AckBatch & fedmq.v1.AckBatch.$Shape;
            static create(properties?: fedmq.v1.AckBatch.$Properties): fedmq.v1.AckBatch;

            /**
             * Encodes the specified AckBatch message. Does not implicitly {@link fedmq.v1.AckBatch.verify|verify} messages.
             * @param message AckBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.AckBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AckBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.AckBatch & fedmq.v1.AckBatch.$Shape} AckBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.AckBatch & fedmq.v1.AckBatch.$Shape;
        }

        namespace AckBatch {

            /** Properties of an AckBatch. */
            interface $Properties {

                /** AckBatch refs */
                refs?: (fedmq.v1.MessageRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AckBatch. */
            type $Shape = fedmq.v1.AckBatch.$Properties;
        }

        /**
         * Properties of a ReleaseBatch.
         * @deprecated Use fedmq.v1.ReleaseBatch.$Properties instead.
         */
        interface IReleaseBatch extends fedmq.v1.ReleaseBatch.$Properties {
        }

        /** Represents a ReleaseBatch. */
        class ReleaseBatch {

            /**
             * Constructs a new ReleaseBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ReleaseBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleaseBatch refs. */
            refs: fedmq.v1.MessageRef.$Properties[];

            /** ReleaseBatch delivered. */
            delivered: boolean;

            /** ReleaseBatch reason. */
            reason: string;

            /**
             * Creates a new ReleaseBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseBatch instance
             */
            static create(properties: fedmq.v1.ReleaseBatch.$Shape): fedmq.v1.ReleaseBatch & fedmq.v1.ReleaseBatch.$Shape;
            static create(properties?: fedmq.v1.ReleaseBatch.$Properties): fedmq.v1.ReleaseBatch;

            /**
             * Encodes the specified ReleaseBatch message. Does not implicitly {@link fedmq.v1.ReleaseBatch.verify|verify} messages.
             * @param message ReleaseBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ReleaseBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ReleaseBatch & fedmq.v1.ReleaseBatch.$Shape} ReleaseBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ReleaseBatch & fedmq.v1.ReleaseBatch.$Shape;
        }

        namespace ReleaseBatch {

            /** Properties of a ReleaseBatch. */
            interface $Properties {

                /** ReleaseBatch refs */
                refs?: (fedmq.v1.MessageRef.$Properties[]|null);

                /** ReleaseBatch delivered */
                delivered?: (boolean|null);

                /** ReleaseBatch reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseBatch. */
            type $Shape = fedmq.v1.ReleaseBatch.$Properties;
        }

        /**
         * Properties of a DispatchBatch.
         * @deprecated Use fedmq.v1.DispatchBatch.$Properties instead.
         */
        interface IDispatchBatch extends fedmq.v1.DispatchBatch.$Properties {
        }

        /** Represents a DispatchBatch. */
        class DispatchBatch {

            /**
             * Constructs a new DispatchBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DispatchBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DispatchBatch refs. */
            refs: fedmq.v1.MessageRef.$Properties[];

            /**
             * Creates a new DispatchBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DispatchBatch instance
             */
            static create(properties: fedmq.v1.DispatchBatch.$Shape): fedmq.v1.DispatchBatch & fedmq.v1.DispatchBatch.$Shape;
            static create(properties?: fedmq.v1.DispatchBatch.$Properties): fedmq.v1.DispatchBatch;

            /**
             * Encodes the specified DispatchBatch message. Does not implicitly {@link fedmq.v1.DispatchBatch.verify|verify} messages.
             * @param message DispatchBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DispatchBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DispatchBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DispatchBatch & fedmq.v1.DispatchBatch.$Shape} DispatchBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DispatchBatch & fedmq.v1.DispatchBatch.$Shape;
        }

        namespace DispatchBatch {

            /** Properties of a DispatchBatch. */
            interface $Properties {

                /** DispatchBatch refs */
                refs?: (fedmq.v1.MessageRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DispatchBatch. */
            type $Shape = fedmq.v1.DispatchBatch.$Properties;
        }

        /**
         * Properties of a RecoverDeliveries.
         * @deprecated Use fedmq.v1.RecoverDeliveries.$Properties instead.
         */
        interface IRecoverDeliveries extends fedmq.v1.RecoverDeliveries.$Properties {
        }

        /** Represents a RecoverDeliveries. */
        class RecoverDeliveries {

            /**
             * Constructs a new RecoverDeliveries.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RecoverDeliveries.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RecoverDeliveries instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecoverDeliveries instance
             */
            static create(properties: fedmq.v1.RecoverDeliveries.$Shape): fedmq.v1.RecoverDeliveries & fedmq.v1.RecoverDeliveries.$Shape;
            static create(properties?: fedmq.v1.RecoverDeliveries.$Properties): fedmq.v1.RecoverDeliveries;

            /**
             * Encodes the specified RecoverDeliveries message. Does not implicitly {@link fedmq.v1.RecoverDeliveries.verify|verify} messages.
             * @param message RecoverDeliveries message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RecoverDeliveries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecoverDeliveries message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RecoverDeliveries & fedmq.v1.RecoverDeliveries.$Shape} RecoverDeliveries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RecoverDeliveries & fedmq.v1.RecoverDeliveries.$Shape;
        }

        namespace RecoverDeliveries {

            /** Properties of a RecoverDeliveries. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecoverDeliveries. */
            type $Shape = fedmq.v1.RecoverDeliveries.$Properties;
        }

        /**
         * Properties of an ExpireBatch.
         * @deprecated Use fedmq.v1.ExpireBatch.$Properties instead.
         */
        interface IExpireBatch extends fedmq.v1.ExpireBatch.$Properties {
        }

        /** Represents an ExpireBatch. */
        class ExpireBatch {

            /**
             * Constructs a new ExpireBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ExpireBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExpireBatch refs. */
            refs: fedmq.v1.MessageRef.$Properties[];

            /**
             * Creates a new ExpireBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExpireBatch instance
             */
            static create(properties: fedmq.v1.ExpireBatch.$Shape): fedmq.v1.ExpireBatch & fedmq.v1.ExpireBatch.$Shape;
            static create(properties?: fedmq.v1.ExpireBatch.$Properties): fedmq.v1.ExpireBatch;

            /**
             * Encodes the specified ExpireBatch message. Does not implicitly {@link fedmq.v1.ExpireBatch.verify|verify} messages.
             * @param message ExpireBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ExpireBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExpireBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ExpireBatch & fedmq.v1.ExpireBatch.$Shape} ExpireBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ExpireBatch & fedmq.v1.ExpireBatch.$Shape;
        }

        namespace ExpireBatch {

            /** Properties of an ExpireBatch. */
            interface $Properties {

                /** ExpireBatch refs */
                refs?: (fedmq.v1.MessageRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExpireBatch. */
            type $Shape = fedmq.v1.ExpireBatch.$Properties;
        }

        /**
         * Properties of a PurgeDestination.
         * @deprecated Use fedmq.v1.PurgeDestination.$Properties instead.
         */
        interface IPurgeDestination extends fedmq.v1.PurgeDestination.$Properties {
        }

        /** Represents a PurgeDestination. */
        class PurgeDestination {

            /**
             * Constructs a new PurgeDestination.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.PurgeDestination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PurgeDestination destId. */
            destId: number;

            /**
             * Creates a new PurgeDestination instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PurgeDestination instance
             */
            static create(properties: fedmq.v1.PurgeDestination.$Shape): fedmq.v1.PurgeDestination & fedmq.v1.PurgeDestination.$Shape;
            static create(properties?: fedmq.v1.PurgeDestination.$Properties): fedmq.v1.PurgeDestination;

            /**
             * Encodes the specified PurgeDestination message. Does not implicitly {@link fedmq.v1.PurgeDestination.verify|verify} messages.
             * @param message PurgeDestination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.PurgeDestination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PurgeDestination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.PurgeDestination & fedmq.v1.PurgeDestination.$Shape} PurgeDestination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.PurgeDestination & fedmq.v1.PurgeDestination.$Shape;
        }

        namespace PurgeDestination {

            /** Properties of a PurgeDestination. */
            interface $Properties {

                /** PurgeDestination destId */
                destId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PurgeDestination. */
            type $Shape = fedmq.v1.PurgeDestination.$Properties;
        }

        /**
         * Properties of an EnsureDestination.
         * @deprecated Use fedmq.v1.EnsureDestination.$Properties instead.
         */
        interface IEnsureDestination extends fedmq.v1.EnsureDestination.$Properties {
        }

        /** Represents an EnsureDestination. */
        class EnsureDestination {

            /**
             * Constructs a new EnsureDestination.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.EnsureDestination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnsureDestination destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** EnsureDestination temporary. */
            temporary: boolean;

            /** EnsureDestination ownerSession. */
            ownerSession: string;

            /**
             * Creates a new EnsureDestination instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnsureDestination instance
             */
            static create(properties: fedmq.v1.EnsureDestination.$Shape): fedmq.v1.EnsureDestination & fedmq.v1.EnsureDestination.$Shape;
            static create(properties?: fedmq.v1.EnsureDestination.$Properties): fedmq.v1.EnsureDestination;

            /**
             * Encodes the specified EnsureDestination message. Does not implicitly {@link fedmq.v1.EnsureDestination.verify|verify} messages.
             * @param message EnsureDestination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.EnsureDestination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnsureDestination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.EnsureDestination & fedmq.v1.EnsureDestination.$Shape} EnsureDestination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.EnsureDestination & fedmq.v1.EnsureDestination.$Shape;
        }

        namespace EnsureDestination {

            /** Properties of an EnsureDestination. */
            interface $Properties {

                /** EnsureDestination destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** EnsureDestination temporary */
                temporary?: (boolean|null);

                /** EnsureDestination ownerSession */
                ownerSession?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnsureDestination. */
            type $Shape = fedmq.v1.EnsureDestination.$Properties;
        }

        /**
         * Properties of a DeleteDestination.
         * @deprecated Use fedmq.v1.DeleteDestination.$Properties instead.
         */
        interface IDeleteDestination extends fedmq.v1.DeleteDestination.$Properties {
        }

        /** Represents a DeleteDestination. */
        class DeleteDestination {

            /**
             * Constructs a new DeleteDestination.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DeleteDestination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteDestination destId. */
            destId: number;

            /**
             * Creates a new DeleteDestination instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteDestination instance
             */
            static create(properties: fedmq.v1.DeleteDestination.$Shape): fedmq.v1.DeleteDestination & fedmq.v1.DeleteDestination.$Shape;
            static create(properties?: fedmq.v1.DeleteDestination.$Properties): fedmq.v1.DeleteDestination;

            /**
             * Encodes the specified DeleteDestination message. Does not implicitly {@link fedmq.v1.DeleteDestination.verify|verify} messages.
             * @param message DeleteDestination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DeleteDestination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteDestination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DeleteDestination & fedmq.v1.DeleteDestination.$Shape} DeleteDestination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DeleteDestination & fedmq.v1.DeleteDestination.$Shape;
        }

        namespace DeleteDestination {

            /** Properties of a DeleteDestination. */
            interface $Properties {

                /** DeleteDestination destId */
                destId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteDestination. */
            type $Shape = fedmq.v1.DeleteDestination.$Properties;
        }

        /**
         * Properties of a DurableSubscribe.
         * @deprecated Use fedmq.v1.DurableSubscribe.$Properties instead.
         */
        interface IDurableSubscribe extends fedmq.v1.DurableSubscribe.$Properties {
        }

        /** Represents a DurableSubscribe. */
        class DurableSubscribe {

            /**
             * Constructs a new DurableSubscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DurableSubscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DurableSubscribe clientId. */
            clientId: string;

            /** DurableSubscribe name. */
            name: string;

            /** DurableSubscribe topic. */
            topic?: (fedmq.v1.Destination.$Properties|null);

            /** DurableSubscribe selector. */
            selector: string;

            /** DurableSubscribe messagesMax. */
            messagesMax: number;

            /** DurableSubscribe dropOldest. */
            dropOldest: boolean;

            /**
             * Creates a new DurableSubscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DurableSubscribe instance
             */
            static create(properties: fedmq.v1.DurableSubscribe.$Shape): fedmq.v1.DurableSubscribe & fedmq.v1.DurableSubscribe.$Shape;
            static create(properties?: fedmq.v1.DurableSubscribe.$Properties): fedmq.v1.DurableSubscribe;

            /**
             * Encodes the specified DurableSubscribe message. Does not implicitly {@link fedmq.v1.DurableSubscribe.verify|verify} messages.
             * @param message DurableSubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DurableSubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DurableSubscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DurableSubscribe & fedmq.v1.DurableSubscribe.$Shape} DurableSubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DurableSubscribe & fedmq.v1.DurableSubscribe.$Shape;
        }

        namespace DurableSubscribe {

            /** Properties of a DurableSubscribe. */
            interface $Properties {

                /** DurableSubscribe clientId */
                clientId?: (string|null);

                /** DurableSubscribe name */
                name?: (string|null);

                /** DurableSubscribe topic */
                topic?: (fedmq.v1.Destination.$Properties|null);

                /** DurableSubscribe selector */
                selector?: (string|null);

                /** DurableSubscribe messagesMax */
                messagesMax?: (number|null);

                /** DurableSubscribe dropOldest */
                dropOldest?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DurableSubscribe. */
            type $Shape = fedmq.v1.DurableSubscribe.$Properties;
        }

        /**
         * Properties of a DurableActivity.
         * @deprecated Use fedmq.v1.DurableActivity.$Properties instead.
         */
        interface IDurableActivity extends fedmq.v1.DurableActivity.$Properties {
        }

        /** Represents a DurableActivity. */
        class DurableActivity {

            /**
             * Constructs a new DurableActivity.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DurableActivity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DurableActivity clientId. */
            clientId: string;

            /** DurableActivity name. */
            name: string;

            /** DurableActivity active. */
            active: boolean;

            /**
             * Creates a new DurableActivity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DurableActivity instance
             */
            static create(properties: fedmq.v1.DurableActivity.$Shape): fedmq.v1.DurableActivity & fedmq.v1.DurableActivity.$Shape;
            static create(properties?: fedmq.v1.DurableActivity.$Properties): fedmq.v1.DurableActivity;

            /**
             * Encodes the specified DurableActivity message. Does not implicitly {@link fedmq.v1.DurableActivity.verify|verify} messages.
             * @param message DurableActivity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DurableActivity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DurableActivity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DurableActivity & fedmq.v1.DurableActivity.$Shape} DurableActivity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DurableActivity & fedmq.v1.DurableActivity.$Shape;
        }

        namespace DurableActivity {

            /** Properties of a DurableActivity. */
            interface $Properties {

                /** DurableActivity clientId */
                clientId?: (string|null);

                /** DurableActivity name */
                name?: (string|null);

                /** DurableActivity active */
                active?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DurableActivity. */
            type $Shape = fedmq.v1.DurableActivity.$Properties;
        }

        /**
         * Properties of a RemoveDurable.
         * @deprecated Use fedmq.v1.RemoveDurable.$Properties instead.
         */
        interface IRemoveDurable extends fedmq.v1.RemoveDurable.$Properties {
        }

        /** Represents a RemoveDurable. */
        class RemoveDurable {

            /**
             * Constructs a new RemoveDurable.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RemoveDurable.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveDurable clientId. */
            clientId: string;

            /** RemoveDurable name. */
            name: string;

            /** RemoveDurable reason. */
            reason: string;

            /**
             * Creates a new RemoveDurable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveDurable instance
             */
            static create(properties: fedmq.v1.RemoveDurable.$Shape): fedmq.v1.RemoveDurable & fedmq.v1.RemoveDurable.$Shape;
            static create(properties?: fedmq.v1.RemoveDurable.$Properties): fedmq.v1.RemoveDurable;

            /**
             * Encodes the specified RemoveDurable message. Does not implicitly {@link fedmq.v1.RemoveDurable.verify|verify} messages.
             * @param message RemoveDurable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RemoveDurable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveDurable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RemoveDurable & fedmq.v1.RemoveDurable.$Shape} RemoveDurable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RemoveDurable & fedmq.v1.RemoveDurable.$Shape;
        }

        namespace RemoveDurable {

            /** Properties of a RemoveDurable. */
            interface $Properties {

                /** RemoveDurable clientId */
                clientId?: (string|null);

                /** RemoveDurable name */
                name?: (string|null);

                /** RemoveDurable reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveDurable. */
            type $Shape = fedmq.v1.RemoveDurable.$Properties;
        }

        /**
         * Properties of a TransactionCommit.
         * @deprecated Use fedmq.v1.TransactionCommit.$Properties instead.
         */
        interface ITransactionCommit extends fedmq.v1.TransactionCommit.$Properties {
        }

        /** Represents a TransactionCommit. */
        class TransactionCommit {

            /**
             * Constructs a new TransactionCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.TransactionCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransactionCommit transactionId. */
            transactionId: string;

            /** TransactionCommit sends. */
            sends: fedmq.v1.Message.$Properties[];

            /** TransactionCommit acks. */
            acks: fedmq.v1.MessageRef.$Properties[];

            /** TransactionCommit autoCreate. */
            autoCreate: boolean;

            /**
             * Creates a new TransactionCommit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransactionCommit instance
             */
            static create(properties: fedmq.v1.TransactionCommit.$Shape): fedmq.v1.TransactionCommit & fedmq.v1.TransactionCommit.$Shape;
            static create(properties?: fedmq.v1.TransactionCommit.$Properties): fedmq.v1.TransactionCommit;

            /**
             * Encodes the specified TransactionCommit message. Does not implicitly {@link fedmq.v1.TransactionCommit.verify|verify} messages.
             * @param message TransactionCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.TransactionCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransactionCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.TransactionCommit & fedmq.v1.TransactionCommit.$Shape} TransactionCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.TransactionCommit & fedmq.v1.TransactionCommit.$Shape;
        }

        namespace TransactionCommit {

            /** Properties of a TransactionCommit. */
            interface $Properties {

                /** TransactionCommit transactionId */
                transactionId?: (string|null);

                /** TransactionCommit sends */
                sends?: (fedmq.v1.Message.$Properties[]|null);

                /** TransactionCommit acks */
                acks?: (fedmq.v1.MessageRef.$Properties[]|null);

                /** TransactionCommit autoCreate */
                autoCreate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransactionCommit. */
            type $Shape = {
              transactionId?: string|null;
              sends?: fedmq.v1.Message.$Shape[]|null;
              acks?: fedmq.v1.MessageRef.$Shape[]|null;
              autoCreate?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BridgeBatchCommand.
         * @deprecated Use fedmq.v1.BridgeBatchCommand.$Properties instead.
         */
        interface IBridgeBatchCommand extends fedmq.v1.BridgeBatchCommand.$Properties {
        }

        /** Represents a BridgeBatchCommand. */
        class BridgeBatchCommand {

            /**
             * Constructs a new BridgeBatchCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgeBatchCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgeBatchCommand originSite. */
            originSite: string;

            /** BridgeBatchCommand bridge. */
            bridge: string;

            /** BridgeBatchCommand fence. */
            fence?: (fedmq.v1.Fence.$Properties|null);

            /** BridgeBatchCommand messages. */
            messages: fedmq.v1.BridgedMessage.$Properties[];

            /** BridgeBatchCommand autoCreate. */
            autoCreate: boolean;

            /** BridgeBatchCommand hopLimit. */
            hopLimit: number;

            /** BridgeBatchCommand dispatchNow. */
            dispatchNow: number[];

            /**
             * Creates a new BridgeBatchCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgeBatchCommand instance
             */
            static create(properties: fedmq.v1.BridgeBatchCommand.$Shape): fedmq.v1.BridgeBatchCommand & fedmq.v1.BridgeBatchCommand.$Shape;
            static create(properties?: fedmq.v1.BridgeBatchCommand.$Properties): fedmq.v1.BridgeBatchCommand;

            /**
             * Encodes the specified BridgeBatchCommand message. Does not implicitly {@link fedmq.v1.BridgeBatchCommand.verify|verify} messages.
             * @param message BridgeBatchCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgeBatchCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgeBatchCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeBatchCommand & fedmq.v1.BridgeBatchCommand.$Shape} BridgeBatchCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgeBatchCommand & fedmq.v1.BridgeBatchCommand.$Shape;
        }

        namespace BridgeBatchCommand {

            /** Properties of a BridgeBatchCommand. */
            interface $Properties {

                /** BridgeBatchCommand originSite */
                originSite?: (string|null);

                /** BridgeBatchCommand bridge */
                bridge?: (string|null);

                /** BridgeBatchCommand fence */
                fence?: (fedmq.v1.Fence.$Properties|null);

                /** BridgeBatchCommand messages */
                messages?: (fedmq.v1.BridgedMessage.$Properties[]|null);

                /** BridgeBatchCommand autoCreate */
                autoCreate?: (boolean|null);

                /** BridgeBatchCommand hopLimit */
                hopLimit?: (number|null);

                /** BridgeBatchCommand dispatchNow */
                dispatchNow?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgeBatchCommand. */
            type $Shape = {
              originSite?: string|null;
              bridge?: string|null;
              fence?: fedmq.v1.Fence.$Shape|null;
              messages?: fedmq.v1.BridgedMessage.$Shape[]|null;
              autoCreate?: boolean|null;
              hopLimit?: number|null;
              dispatchNow?: number[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SetPolicy.
         * @deprecated Use fedmq.v1.SetPolicy.$Properties instead.
         */
        interface ISetPolicy extends fedmq.v1.SetPolicy.$Properties {
        }

        /** Represents a SetPolicy. */
        class SetPolicy {

            /**
             * Constructs a new SetPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SetPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPolicy policy. */
            policy?: (fedmq.v1.BrokerPolicy.$Properties|null);

            /**
             * Creates a new SetPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPolicy instance
             */
            static create(properties: fedmq.v1.SetPolicy.$Shape): fedmq.v1.SetPolicy & fedmq.v1.SetPolicy.$Shape;
            static create(properties?: fedmq.v1.SetPolicy.$Properties): fedmq.v1.SetPolicy;

            /**
             * Encodes the specified SetPolicy message. Does not implicitly {@link fedmq.v1.SetPolicy.verify|verify} messages.
             * @param message SetPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SetPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SetPolicy & fedmq.v1.SetPolicy.$Shape} SetPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SetPolicy & fedmq.v1.SetPolicy.$Shape;
        }

        namespace SetPolicy {

            /** Properties of a SetPolicy. */
            interface $Properties {

                /** SetPolicy policy */
                policy?: (fedmq.v1.BrokerPolicy.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPolicy. */
            type $Shape = fedmq.v1.SetPolicy.$Properties;
        }

        /**
         * Properties of a BrokerCommand.
         * @deprecated Use fedmq.v1.BrokerCommand.$Properties instead.
         */
        interface IBrokerCommand extends fedmq.v1.BrokerCommand.$Properties {
        }

        /** Represents a BrokerCommand. */
        class BrokerCommand {

            /**
             * Constructs a new BrokerCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BrokerCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BrokerCommand format. */
            format: number;

            /** BrokerCommand leaderTimeMs. */
            leaderTimeMs: number;

            /** BrokerCommand send. */
            send?: (fedmq.v1.SendBatch.$Properties|null);

            /** BrokerCommand ack. */
            ack?: (fedmq.v1.AckBatch.$Properties|null);

            /** BrokerCommand release. */
            release?: (fedmq.v1.ReleaseBatch.$Properties|null);

            /** BrokerCommand dispatch. */
            dispatch?: (fedmq.v1.DispatchBatch.$Properties|null);

            /** BrokerCommand recover. */
            recover?: (fedmq.v1.RecoverDeliveries.$Properties|null);

            /** BrokerCommand expire. */
            expire?: (fedmq.v1.ExpireBatch.$Properties|null);

            /** BrokerCommand purge. */
            purge?: (fedmq.v1.PurgeDestination.$Properties|null);

            /** BrokerCommand ensure. */
            ensure?: (fedmq.v1.EnsureDestination.$Properties|null);

            /** BrokerCommand delete. */
            delete?: (fedmq.v1.DeleteDestination.$Properties|null);

            /** BrokerCommand durableSubscribe. */
            durableSubscribe?: (fedmq.v1.DurableSubscribe.$Properties|null);

            /** BrokerCommand durableActivity. */
            durableActivity?: (fedmq.v1.DurableActivity.$Properties|null);

            /** BrokerCommand removeDurable. */
            removeDurable?: (fedmq.v1.RemoveDurable.$Properties|null);

            /** BrokerCommand transaction. */
            transaction?: (fedmq.v1.TransactionCommit.$Properties|null);

            /** BrokerCommand policy. */
            policy?: (fedmq.v1.SetPolicy.$Properties|null);

            /** BrokerCommand bridge. */
            bridge?: (fedmq.v1.BridgeBatchCommand.$Properties|null);

            /** BrokerCommand op. */
            op?: ("send"|"ack"|"release"|"dispatch"|"recover"|"expire"|"purge"|"ensure"|"delete"|"durableSubscribe"|"durableActivity"|"removeDurable"|"transaction"|"policy"|"bridge");

            /**
             * Creates a new BrokerCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BrokerCommand instance
             */
            static create(properties: fedmq.v1.BrokerCommand.$Shape): fedmq.v1.BrokerCommand & fedmq.v1.BrokerCommand.$Shape;
            static create(properties?: fedmq.v1.BrokerCommand.$Properties): fedmq.v1.BrokerCommand;

            /**
             * Encodes the specified BrokerCommand message. Does not implicitly {@link fedmq.v1.BrokerCommand.verify|verify} messages.
             * @param message BrokerCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BrokerCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BrokerCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BrokerCommand & fedmq.v1.BrokerCommand.$Shape} BrokerCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BrokerCommand & fedmq.v1.BrokerCommand.$Shape;
        }

        namespace BrokerCommand {

            /** Properties of a BrokerCommand. */
            interface $Properties {

                /** BrokerCommand format */
                format?: (number|null);

                /** BrokerCommand leaderTimeMs */
                leaderTimeMs?: (number|null);

                /** BrokerCommand send */
                send?: (fedmq.v1.SendBatch.$Properties|null);

                /** BrokerCommand ack */
                ack?: (fedmq.v1.AckBatch.$Properties|null);

                /** BrokerCommand release */
                release?: (fedmq.v1.ReleaseBatch.$Properties|null);

                /** BrokerCommand dispatch */
                dispatch?: (fedmq.v1.DispatchBatch.$Properties|null);

                /** BrokerCommand recover */
                recover?: (fedmq.v1.RecoverDeliveries.$Properties|null);

                /** BrokerCommand expire */
                expire?: (fedmq.v1.ExpireBatch.$Properties|null);

                /** BrokerCommand purge */
                purge?: (fedmq.v1.PurgeDestination.$Properties|null);

                /** BrokerCommand ensure */
                ensure?: (fedmq.v1.EnsureDestination.$Properties|null);

                /** BrokerCommand delete */
                "delete"?: (fedmq.v1.DeleteDestination.$Properties|null);

                /** BrokerCommand durableSubscribe */
                durableSubscribe?: (fedmq.v1.DurableSubscribe.$Properties|null);

                /** BrokerCommand durableActivity */
                durableActivity?: (fedmq.v1.DurableActivity.$Properties|null);

                /** BrokerCommand removeDurable */
                removeDurable?: (fedmq.v1.RemoveDurable.$Properties|null);

                /** BrokerCommand transaction */
                transaction?: (fedmq.v1.TransactionCommit.$Properties|null);

                /** BrokerCommand policy */
                policy?: (fedmq.v1.SetPolicy.$Properties|null);

                /** BrokerCommand bridge */
                bridge?: (fedmq.v1.BridgeBatchCommand.$Properties|null);

                /** BrokerCommand op */
                op?: ("send"|"ack"|"release"|"dispatch"|"recover"|"expire"|"purge"|"ensure"|"delete"|"durableSubscribe"|"durableActivity"|"removeDurable"|"transaction"|"policy"|"bridge");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a BrokerCommand. */
            type $Shape = {
              format?: number|null;
              leaderTimeMs?: number|null;
              send?: fedmq.v1.SendBatch.$Shape|null;
              ack?: fedmq.v1.AckBatch.$Shape|null;
              release?: fedmq.v1.ReleaseBatch.$Shape|null;
              dispatch?: fedmq.v1.DispatchBatch.$Shape|null;
              recover?: fedmq.v1.RecoverDeliveries.$Shape|null;
              expire?: fedmq.v1.ExpireBatch.$Shape|null;
              purge?: fedmq.v1.PurgeDestination.$Shape|null;
              ensure?: fedmq.v1.EnsureDestination.$Shape|null;
              "delete"?: fedmq.v1.DeleteDestination.$Shape|null;
              durableSubscribe?: fedmq.v1.DurableSubscribe.$Shape|null;
              durableActivity?: fedmq.v1.DurableActivity.$Shape|null;
              removeDurable?: fedmq.v1.RemoveDurable.$Shape|null;
              transaction?: fedmq.v1.TransactionCommit.$Shape|null;
              policy?: fedmq.v1.SetPolicy.$Shape|null;
              bridge?: fedmq.v1.BridgeBatchCommand.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "send"; send: fedmq.v1.SendBatch.$Shape; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "ack"; send?: null; ack: fedmq.v1.AckBatch.$Shape; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "release"; send?: null; ack?: null; release: fedmq.v1.ReleaseBatch.$Shape; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "dispatch"; send?: null; ack?: null; release?: null; dispatch: fedmq.v1.DispatchBatch.$Shape; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "recover"; send?: null; ack?: null; release?: null; dispatch?: null; recover: fedmq.v1.RecoverDeliveries.$Shape; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "expire"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire: fedmq.v1.ExpireBatch.$Shape; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "purge"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge: fedmq.v1.PurgeDestination.$Shape; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "ensure"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure: fedmq.v1.EnsureDestination.$Shape; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "delete"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete": fedmq.v1.DeleteDestination.$Shape; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "durableSubscribe"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe: fedmq.v1.DurableSubscribe.$Shape; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "durableActivity"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity: fedmq.v1.DurableActivity.$Shape; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "removeDurable"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable: fedmq.v1.RemoveDurable.$Shape; transaction?: null; policy?: null; bridge?: null }|{ op?: "transaction"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction: fedmq.v1.TransactionCommit.$Shape; policy?: null; bridge?: null }|{ op?: "policy"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy: fedmq.v1.SetPolicy.$Shape; bridge?: null }|{ op?: "bridge"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge: fedmq.v1.BridgeBatchCommand.$Shape })
            );
        }

        /**
         * Properties of a DestinationRecord.
         * @deprecated Use fedmq.v1.DestinationRecord.$Properties instead.
         */
        interface IDestinationRecord extends fedmq.v1.DestinationRecord.$Properties {
        }

        /** Represents a DestinationRecord. */
        class DestinationRecord {

            /**
             * Constructs a new DestinationRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DestinationRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DestinationRecord id. */
            id: number;

            /** DestinationRecord destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** DestinationRecord temporary. */
            temporary: boolean;

            /** DestinationRecord ownerSession. */
            ownerSession: string;

            /** DestinationRecord nextSeq. */
            nextSeq: number;

            /** DestinationRecord depth. */
            depth: number;

            /** DestinationRecord bytes. */
            bytes: number;

            /** DestinationRecord enqueued. */
            enqueued: number;

            /** DestinationRecord acked. */
            acked: number;

            /** DestinationRecord redelivered. */
            redelivered: number;

            /** DestinationRecord deadLettered. */
            deadLettered: number;

            /** DestinationRecord expired. */
            expired: number;

            /** DestinationRecord durableSubscription. */
            durableSubscription: string;

            /** DestinationRecord createdMs. */
            createdMs: number;

            /** DestinationRecord discarded. */
            discarded: number;

            /**
             * Creates a new DestinationRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DestinationRecord instance
             */
            static create(properties: fedmq.v1.DestinationRecord.$Shape): fedmq.v1.DestinationRecord & fedmq.v1.DestinationRecord.$Shape;
            static create(properties?: fedmq.v1.DestinationRecord.$Properties): fedmq.v1.DestinationRecord;

            /**
             * Encodes the specified DestinationRecord message. Does not implicitly {@link fedmq.v1.DestinationRecord.verify|verify} messages.
             * @param message DestinationRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DestinationRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DestinationRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DestinationRecord & fedmq.v1.DestinationRecord.$Shape} DestinationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DestinationRecord & fedmq.v1.DestinationRecord.$Shape;
        }

        namespace DestinationRecord {

            /** Properties of a DestinationRecord. */
            interface $Properties {

                /** DestinationRecord id */
                id?: (number|null);

                /** DestinationRecord destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** DestinationRecord temporary */
                temporary?: (boolean|null);

                /** DestinationRecord ownerSession */
                ownerSession?: (string|null);

                /** DestinationRecord nextSeq */
                nextSeq?: (number|null);

                /** DestinationRecord depth */
                depth?: (number|null);

                /** DestinationRecord bytes */
                bytes?: (number|null);

                /** DestinationRecord enqueued */
                enqueued?: (number|null);

                /** DestinationRecord acked */
                acked?: (number|null);

                /** DestinationRecord redelivered */
                redelivered?: (number|null);

                /** DestinationRecord deadLettered */
                deadLettered?: (number|null);

                /** DestinationRecord expired */
                expired?: (number|null);

                /** DestinationRecord durableSubscription */
                durableSubscription?: (string|null);

                /** DestinationRecord createdMs */
                createdMs?: (number|null);

                /** DestinationRecord discarded */
                discarded?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DestinationRecord. */
            type $Shape = fedmq.v1.DestinationRecord.$Properties;
        }

        /**
         * Properties of a StoredMessage.
         * @deprecated Use fedmq.v1.StoredMessage.$Properties instead.
         */
        interface IStoredMessage extends fedmq.v1.StoredMessage.$Properties {
        }

        /** Represents a StoredMessage. */
        class StoredMessage {

            /**
             * Constructs a new StoredMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.StoredMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoredMessage message. */
            message?: (fedmq.v1.Message.$Properties|null);

            /** StoredMessage deliveryCount. */
            deliveryCount: number;

            /** StoredMessage out. */
            out: boolean;

            /** StoredMessage size. */
            size: number;

            /**
             * Creates a new StoredMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoredMessage instance
             */
            static create(properties: fedmq.v1.StoredMessage.$Shape): fedmq.v1.StoredMessage & fedmq.v1.StoredMessage.$Shape;
            static create(properties?: fedmq.v1.StoredMessage.$Properties): fedmq.v1.StoredMessage;

            /**
             * Encodes the specified StoredMessage message. Does not implicitly {@link fedmq.v1.StoredMessage.verify|verify} messages.
             * @param message StoredMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.StoredMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoredMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.StoredMessage & fedmq.v1.StoredMessage.$Shape} StoredMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.StoredMessage & fedmq.v1.StoredMessage.$Shape;
        }

        namespace StoredMessage {

            /** Properties of a StoredMessage. */
            interface $Properties {

                /** StoredMessage message */
                message?: (fedmq.v1.Message.$Properties|null);

                /** StoredMessage deliveryCount */
                deliveryCount?: (number|null);

                /** StoredMessage out */
                out?: (boolean|null);

                /** StoredMessage size */
                size?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoredMessage. */
            type $Shape = {
              message?: fedmq.v1.Message.$Shape|null;
              deliveryCount?: number|null;
              out?: boolean|null;
              size?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DurableRecord.
         * @deprecated Use fedmq.v1.DurableRecord.$Properties instead.
         */
        interface IDurableRecord extends fedmq.v1.DurableRecord.$Properties {
        }

        /** Represents a DurableRecord. */
        class DurableRecord {

            /**
             * Constructs a new DurableRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DurableRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DurableRecord clientId. */
            clientId: string;

            /** DurableRecord name. */
            name: string;

            /** DurableRecord topic. */
            topic?: (fedmq.v1.Destination.$Properties|null);

            /** DurableRecord selector. */
            selector: string;

            /** DurableRecord destId. */
            destId: number;

            /** DurableRecord active. */
            active: boolean;

            /** DurableRecord lastActiveMs. */
            lastActiveMs: number;

            /** DurableRecord messagesMax. */
            messagesMax: number;

            /** DurableRecord dropOldest. */
            dropOldest: boolean;

            /**
             * Creates a new DurableRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DurableRecord instance
             */
            static create(properties: fedmq.v1.DurableRecord.$Shape): fedmq.v1.DurableRecord & fedmq.v1.DurableRecord.$Shape;
            static create(properties?: fedmq.v1.DurableRecord.$Properties): fedmq.v1.DurableRecord;

            /**
             * Encodes the specified DurableRecord message. Does not implicitly {@link fedmq.v1.DurableRecord.verify|verify} messages.
             * @param message DurableRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DurableRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DurableRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DurableRecord & fedmq.v1.DurableRecord.$Shape} DurableRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DurableRecord & fedmq.v1.DurableRecord.$Shape;
        }

        namespace DurableRecord {

            /** Properties of a DurableRecord. */
            interface $Properties {

                /** DurableRecord clientId */
                clientId?: (string|null);

                /** DurableRecord name */
                name?: (string|null);

                /** DurableRecord topic */
                topic?: (fedmq.v1.Destination.$Properties|null);

                /** DurableRecord selector */
                selector?: (string|null);

                /** DurableRecord destId */
                destId?: (number|null);

                /** DurableRecord active */
                active?: (boolean|null);

                /** DurableRecord lastActiveMs */
                lastActiveMs?: (number|null);

                /** DurableRecord messagesMax */
                messagesMax?: (number|null);

                /** DurableRecord dropOldest */
                dropOldest?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DurableRecord. */
            type $Shape = fedmq.v1.DurableRecord.$Properties;
        }

        /**
         * Properties of a BrokerTotals.
         * @deprecated Use fedmq.v1.BrokerTotals.$Properties instead.
         */
        interface IBrokerTotals extends fedmq.v1.BrokerTotals.$Properties {
        }

        /** Represents a BrokerTotals. */
        class BrokerTotals {

            /**
             * Constructs a new BrokerTotals.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BrokerTotals.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BrokerTotals nextDestId. */
            nextDestId: number;

            /** BrokerTotals messages. */
            messages: number;

            /** BrokerTotals bytes. */
            bytes: number;

            /** BrokerTotals leaderTimeMs. */
            leaderTimeMs: number;

            /**
             * Creates a new BrokerTotals instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BrokerTotals instance
             */
            static create(properties: fedmq.v1.BrokerTotals.$Shape): fedmq.v1.BrokerTotals & fedmq.v1.BrokerTotals.$Shape;
            static create(properties?: fedmq.v1.BrokerTotals.$Properties): fedmq.v1.BrokerTotals;

            /**
             * Encodes the specified BrokerTotals message. Does not implicitly {@link fedmq.v1.BrokerTotals.verify|verify} messages.
             * @param message BrokerTotals message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BrokerTotals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BrokerTotals message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BrokerTotals & fedmq.v1.BrokerTotals.$Shape} BrokerTotals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BrokerTotals & fedmq.v1.BrokerTotals.$Shape;
        }

        namespace BrokerTotals {

            /** Properties of a BrokerTotals. */
            interface $Properties {

                /** BrokerTotals nextDestId */
                nextDestId?: (number|null);

                /** BrokerTotals messages */
                messages?: (number|null);

                /** BrokerTotals bytes */
                bytes?: (number|null);

                /** BrokerTotals leaderTimeMs */
                leaderTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BrokerTotals. */
            type $Shape = fedmq.v1.BrokerTotals.$Properties;
        }

        /** TransactionOutcome enum. */
        enum TransactionOutcome {

            /** TRANSACTION_OUTCOME_UNSPECIFIED value */
            TRANSACTION_OUTCOME_UNSPECIFIED = 0,

            /** TRANSACTION_COMMITTED value */
            TRANSACTION_COMMITTED = 1,

            /** TRANSACTION_ROLLED_BACK value */
            TRANSACTION_ROLLED_BACK = 2
        }

        /**
         * Properties of a DedupeRecord.
         * @deprecated Use fedmq.v1.DedupeRecord.$Properties instead.
         */
        interface IDedupeRecord extends fedmq.v1.DedupeRecord.$Properties {
        }

        /** Represents a DedupeRecord. */
        class DedupeRecord {

            /**
             * Constructs a new DedupeRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DedupeRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DedupeRecord timeMs. */
            timeMs: number;

            /** DedupeRecord outcome. */
            outcome: fedmq.v1.TransactionOutcome;

            /** DedupeRecord reason. */
            reason: string;

            /**
             * Creates a new DedupeRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DedupeRecord instance
             */
            static create(properties: fedmq.v1.DedupeRecord.$Shape): fedmq.v1.DedupeRecord & fedmq.v1.DedupeRecord.$Shape;
            static create(properties?: fedmq.v1.DedupeRecord.$Properties): fedmq.v1.DedupeRecord;

            /**
             * Encodes the specified DedupeRecord message. Does not implicitly {@link fedmq.v1.DedupeRecord.verify|verify} messages.
             * @param message DedupeRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DedupeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DedupeRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DedupeRecord & fedmq.v1.DedupeRecord.$Shape} DedupeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DedupeRecord & fedmq.v1.DedupeRecord.$Shape;
        }

        namespace DedupeRecord {

            /** Properties of a DedupeRecord. */
            interface $Properties {

                /** DedupeRecord timeMs */
                timeMs?: (number|null);

                /** DedupeRecord outcome */
                outcome?: (fedmq.v1.TransactionOutcome|null);

                /** DedupeRecord reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DedupeRecord. */
            type $Shape = fedmq.v1.DedupeRecord.$Properties;
        }

        /** DestinationKind enum. */
        enum DestinationKind {

            /** DESTINATION_KIND_UNSPECIFIED value */
            DESTINATION_KIND_UNSPECIFIED = 0,

            /** QUEUE value */
            QUEUE = 1,

            /** TOPIC value */
            TOPIC = 2
        }

        /**
         * Properties of a Destination.
         * @deprecated Use fedmq.v1.Destination.$Properties instead.
         */
        interface IDestination extends fedmq.v1.Destination.$Properties {
        }

        /** Represents a Destination. */
        class Destination {

            /**
             * Constructs a new Destination.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Destination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Destination kind. */
            kind: fedmq.v1.DestinationKind;

            /** Destination name. */
            name: string;

            /**
             * Creates a new Destination instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Destination instance
             */
            static create(properties: fedmq.v1.Destination.$Shape): fedmq.v1.Destination & fedmq.v1.Destination.$Shape;
            static create(properties?: fedmq.v1.Destination.$Properties): fedmq.v1.Destination;

            /**
             * Encodes the specified Destination message. Does not implicitly {@link fedmq.v1.Destination.verify|verify} messages.
             * @param message Destination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Destination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Destination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Destination & fedmq.v1.Destination.$Shape} Destination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Destination & fedmq.v1.Destination.$Shape;
        }

        namespace Destination {

            /** Properties of a Destination. */
            interface $Properties {

                /** Destination kind */
                kind?: (fedmq.v1.DestinationKind|null);

                /** Destination name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Destination. */
            type $Shape = fedmq.v1.Destination.$Properties;
        }

        /**
         * Properties of a HeaderValue.
         * @deprecated Use fedmq.v1.HeaderValue.$Properties instead.
         */
        interface IHeaderValue extends fedmq.v1.HeaderValue.$Properties {
        }

        /** Represents a HeaderValue. */
        class HeaderValue {

            /**
             * Constructs a new HeaderValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.HeaderValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeaderValue stringValue. */
            stringValue?: (string|null);

            /** HeaderValue intValue. */
            intValue?: (number|null);

            /** HeaderValue doubleValue. */
            doubleValue?: (number|null);

            /** HeaderValue boolValue. */
            boolValue?: (boolean|null);

            /** HeaderValue value. */
            value?: ("stringValue"|"intValue"|"doubleValue"|"boolValue");

            /**
             * Creates a new HeaderValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeaderValue instance
             */
            static create(properties: fedmq.v1.HeaderValue.$Shape): fedmq.v1.HeaderValue & fedmq.v1.HeaderValue.$Shape;
            static create(properties?: fedmq.v1.HeaderValue.$Properties): fedmq.v1.HeaderValue;

            /**
             * Encodes the specified HeaderValue message. Does not implicitly {@link fedmq.v1.HeaderValue.verify|verify} messages.
             * @param message HeaderValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.HeaderValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeaderValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.HeaderValue & fedmq.v1.HeaderValue.$Shape} HeaderValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.HeaderValue & fedmq.v1.HeaderValue.$Shape;
        }

        namespace HeaderValue {

            /** Properties of a HeaderValue. */
            interface $Properties {

                /** HeaderValue stringValue */
                stringValue?: (string|null);

                /** HeaderValue intValue */
                intValue?: (number|null);

                /** HeaderValue doubleValue */
                doubleValue?: (number|null);

                /** HeaderValue boolValue */
                boolValue?: (boolean|null);

                /** HeaderValue value */
                value?: ("stringValue"|"intValue"|"doubleValue"|"boolValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a HeaderValue. */
            type $Shape = {
              stringValue?: string|null;
              intValue?: number|null;
              doubleValue?: number|null;
              boolValue?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; stringValue?: null; intValue?: null; doubleValue?: null; boolValue?: null }|{ value?: "stringValue"; stringValue: string; intValue?: null; doubleValue?: null; boolValue?: null }|{ value?: "intValue"; stringValue?: null; intValue: number; doubleValue?: null; boolValue?: null }|{ value?: "doubleValue"; stringValue?: null; intValue?: null; doubleValue: number; boolValue?: null }|{ value?: "boolValue"; stringValue?: null; intValue?: null; doubleValue?: null; boolValue: boolean })
            );
        }

        /**
         * Properties of a Message.
         * @deprecated Use fedmq.v1.Message.$Properties instead.
         */
        interface IMessage extends fedmq.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message id. */
            id: string;

            /** Message destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** Message headers. */
            headers: { [k: string]: fedmq.v1.HeaderValue.$Properties };

            /** Message body. */
            body: Uint8Array;

            /** Message persistent. */
            persistent: boolean;

            /** Message priority. */
            priority: number;

            /** Message timestampMs. */
            timestampMs: number;

            /** Message expiresAtMs. */
            expiresAtMs: number;

            /** Message deliverAtMs. */
            deliverAtMs: number;

            /** Message correlationId. */
            correlationId: string;

            /** Message replyTo. */
            replyTo?: (fedmq.v1.Destination.$Properties|null);

            /** Message type. */
            type: string;

            /** Message originSite. */
            originSite: string;

            /** Message path. */
            path: string[];

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: fedmq.v1.Message.$Shape): fedmq.v1.Message & fedmq.v1.Message.$Shape;
            static create(properties?: fedmq.v1.Message.$Properties): fedmq.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link fedmq.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Message & fedmq.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Message & fedmq.v1.Message.$Shape;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message id */
                id?: (string|null);

                /** Message destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** Message headers */
                headers?: ({ [k: string]: fedmq.v1.HeaderValue.$Properties }|null);

                /** Message body */
                body?: (Uint8Array|null);

                /** Message persistent */
                persistent?: (boolean|null);

                /** Message priority */
                priority?: (number|null);

                /** Message timestampMs */
                timestampMs?: (number|null);

                /** Message expiresAtMs */
                expiresAtMs?: (number|null);

                /** Message deliverAtMs */
                deliverAtMs?: (number|null);

                /** Message correlationId */
                correlationId?: (string|null);

                /** Message replyTo */
                replyTo?: (fedmq.v1.Destination.$Properties|null);

                /** Message type */
                type?: (string|null);

                /** Message originSite */
                originSite?: (string|null);

                /** Message path */
                path?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = {
              id?: string|null;
              destination?: fedmq.v1.Destination.$Shape|null;
              headers?: { [k: string]: fedmq.v1.HeaderValue.$Shape }|null;
              body?: Uint8Array|null;
              persistent?: boolean|null;
              priority?: number|null;
              timestampMs?: number|null;
              expiresAtMs?: number|null;
              deliverAtMs?: number|null;
              correlationId?: string|null;
              replyTo?: fedmq.v1.Destination.$Shape|null;
              type?: string|null;
              originSite?: string|null;
              path?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ErrorInfo.
         * @deprecated Use fedmq.v1.ErrorInfo.$Properties instead.
         */
        interface IErrorInfo extends fedmq.v1.ErrorInfo.$Properties {
        }

        /** Represents an ErrorInfo. */
        class ErrorInfo {

            /**
             * Constructs a new ErrorInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ErrorInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorInfo code. */
            code: string;

            /** ErrorInfo message. */
            message: string;

            /** ErrorInfo leaderId. */
            leaderId: number;

            /** ErrorInfo leaderAddress. */
            leaderAddress: string;

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorInfo instance
             */
            static create(properties: fedmq.v1.ErrorInfo.$Shape): fedmq.v1.ErrorInfo & fedmq.v1.ErrorInfo.$Shape;
            static create(properties?: fedmq.v1.ErrorInfo.$Properties): fedmq.v1.ErrorInfo;

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link fedmq.v1.ErrorInfo.verify|verify} messages.
             * @param message ErrorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ErrorInfo & fedmq.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ErrorInfo & fedmq.v1.ErrorInfo.$Shape;
        }

        namespace ErrorInfo {

            /** Properties of an ErrorInfo. */
            interface $Properties {

                /** ErrorInfo code */
                code?: (string|null);

                /** ErrorInfo message */
                message?: (string|null);

                /** ErrorInfo leaderId */
                leaderId?: (number|null);

                /** ErrorInfo leaderAddress */
                leaderAddress?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorInfo. */
            type $Shape = fedmq.v1.ErrorInfo.$Properties;
        }

        /**
         * Properties of a SessionHello.
         * @deprecated Use fedmq.v1.SessionHello.$Properties instead.
         */
        interface ISessionHello extends fedmq.v1.SessionHello.$Properties {
        }

        /** Represents a SessionHello. */
        class SessionHello {

            /**
             * Constructs a new SessionHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SessionHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionHello protocolVersion. */
            protocolVersion: number;

            /** SessionHello clientId. */
            clientId: string;

            /** SessionHello clientName. */
            clientName: string;

            /**
             * Creates a new SessionHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionHello instance
             */
            static create(properties: fedmq.v1.SessionHello.$Shape): fedmq.v1.SessionHello & fedmq.v1.SessionHello.$Shape;
            static create(properties?: fedmq.v1.SessionHello.$Properties): fedmq.v1.SessionHello;

            /**
             * Encodes the specified SessionHello message. Does not implicitly {@link fedmq.v1.SessionHello.verify|verify} messages.
             * @param message SessionHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SessionHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SessionHello & fedmq.v1.SessionHello.$Shape} SessionHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SessionHello & fedmq.v1.SessionHello.$Shape;
        }

        namespace SessionHello {

            /** Properties of a SessionHello. */
            interface $Properties {

                /** SessionHello protocolVersion */
                protocolVersion?: (number|null);

                /** SessionHello clientId */
                clientId?: (string|null);

                /** SessionHello clientName */
                clientName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionHello. */
            type $Shape = fedmq.v1.SessionHello.$Properties;
        }

        /**
         * Properties of a SessionWelcome.
         * @deprecated Use fedmq.v1.SessionWelcome.$Properties instead.
         */
        interface ISessionWelcome extends fedmq.v1.SessionWelcome.$Properties {
        }

        /** Represents a SessionWelcome. */
        class SessionWelcome {

            /**
             * Constructs a new SessionWelcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SessionWelcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionWelcome protocolVersion. */
            protocolVersion: number;

            /** SessionWelcome site. */
            site: string;

            /** SessionWelcome nodeId. */
            nodeId: number;

            /** SessionWelcome sessionId. */
            sessionId: string;

            /** SessionWelcome messageBytesMax. */
            messageBytesMax: number;

            /** SessionWelcome transactionBytesMax. */
            transactionBytesMax: number;

            /** SessionWelcome dedupeWindowMs. */
            dedupeWindowMs: number;

            /**
             * Creates a new SessionWelcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionWelcome instance
             */
            static create(properties: fedmq.v1.SessionWelcome.$Shape): fedmq.v1.SessionWelcome & fedmq.v1.SessionWelcome.$Shape;
            static create(properties?: fedmq.v1.SessionWelcome.$Properties): fedmq.v1.SessionWelcome;

            /**
             * Encodes the specified SessionWelcome message. Does not implicitly {@link fedmq.v1.SessionWelcome.verify|verify} messages.
             * @param message SessionWelcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SessionWelcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionWelcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SessionWelcome & fedmq.v1.SessionWelcome.$Shape} SessionWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SessionWelcome & fedmq.v1.SessionWelcome.$Shape;
        }

        namespace SessionWelcome {

            /** Properties of a SessionWelcome. */
            interface $Properties {

                /** SessionWelcome protocolVersion */
                protocolVersion?: (number|null);

                /** SessionWelcome site */
                site?: (string|null);

                /** SessionWelcome nodeId */
                nodeId?: (number|null);

                /** SessionWelcome sessionId */
                sessionId?: (string|null);

                /** SessionWelcome messageBytesMax */
                messageBytesMax?: (number|null);

                /** SessionWelcome transactionBytesMax */
                transactionBytesMax?: (number|null);

                /** SessionWelcome dedupeWindowMs */
                dedupeWindowMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionWelcome. */
            type $Shape = fedmq.v1.SessionWelcome.$Properties;
        }

        /**
         * Properties of a SendRequest.
         * @deprecated Use fedmq.v1.SendRequest.$Properties instead.
         */
        interface ISendRequest extends fedmq.v1.SendRequest.$Properties {
        }

        /** Represents a SendRequest. */
        class SendRequest {

            /**
             * Constructs a new SendRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SendRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendRequest messageId. */
            messageId: string;

            /** SendRequest destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** SendRequest headers. */
            headers: { [k: string]: fedmq.v1.HeaderValue.$Properties };

            /** SendRequest body. */
            body: Uint8Array;

            /** SendRequest persistent. */
            persistent: boolean;

            /** SendRequest priority. */
            priority?: (number|null);

            /** SendRequest ttlMs. */
            ttlMs: number;

            /** SendRequest delayMs. */
            delayMs: number;

            /** SendRequest correlationId. */
            correlationId: string;

            /** SendRequest replyTo. */
            replyTo?: (fedmq.v1.Destination.$Properties|null);

            /** SendRequest type. */
            type: string;

            /** SendRequest flowControlWaitMs. */
            flowControlWaitMs: number;

            /** SendRequest transactionId. */
            transactionId: string;

            /**
             * Creates a new SendRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendRequest instance
             */
            static create(properties: fedmq.v1.SendRequest.$Shape): fedmq.v1.SendRequest & fedmq.v1.SendRequest.$Shape;
            static create(properties?: fedmq.v1.SendRequest.$Properties): fedmq.v1.SendRequest;

            /**
             * Encodes the specified SendRequest message. Does not implicitly {@link fedmq.v1.SendRequest.verify|verify} messages.
             * @param message SendRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SendRequest & fedmq.v1.SendRequest.$Shape} SendRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SendRequest & fedmq.v1.SendRequest.$Shape;
        }

        namespace SendRequest {

            /** Properties of a SendRequest. */
            interface $Properties {

                /** SendRequest messageId */
                messageId?: (string|null);

                /** SendRequest destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** SendRequest headers */
                headers?: ({ [k: string]: fedmq.v1.HeaderValue.$Properties }|null);

                /** SendRequest body */
                body?: (Uint8Array|null);

                /** SendRequest persistent */
                persistent?: (boolean|null);

                /** SendRequest priority */
                priority?: (number|null);

                /** SendRequest ttlMs */
                ttlMs?: (number|null);

                /** SendRequest delayMs */
                delayMs?: (number|null);

                /** SendRequest correlationId */
                correlationId?: (string|null);

                /** SendRequest replyTo */
                replyTo?: (fedmq.v1.Destination.$Properties|null);

                /** SendRequest type */
                type?: (string|null);

                /** SendRequest flowControlWaitMs */
                flowControlWaitMs?: (number|null);

                /** SendRequest transactionId */
                transactionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendRequest. */
            type $Shape = {
              messageId?: string|null;
              destination?: fedmq.v1.Destination.$Shape|null;
              headers?: { [k: string]: fedmq.v1.HeaderValue.$Shape }|null;
              body?: Uint8Array|null;
              persistent?: boolean|null;
              priority?: number|null;
              ttlMs?: number|null;
              delayMs?: number|null;
              correlationId?: string|null;
              replyTo?: fedmq.v1.Destination.$Shape|null;
              type?: string|null;
              flowControlWaitMs?: number|null;
              transactionId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** AckMode enum. */
        enum AckMode {

            /** ACK_MODE_UNSPECIFIED value */
            ACK_MODE_UNSPECIFIED = 0,

            /** ACK_AUTO value */
            ACK_AUTO = 1,

            /** ACK_CLIENT value */
            ACK_CLIENT = 2,

            /** ACK_INDIVIDUAL value */
            ACK_INDIVIDUAL = 3
        }

        /**
         * Properties of a Subscribe.
         * @deprecated Use fedmq.v1.Subscribe.$Properties instead.
         */
        interface ISubscribe extends fedmq.v1.Subscribe.$Properties {
        }

        /** Represents a Subscribe. */
        class Subscribe {

            /**
             * Constructs a new Subscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Subscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscribe consumerId. */
            consumerId: string;

            /** Subscribe destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** Subscribe selector. */
            selector: string;

            /** Subscribe ackMode. */
            ackMode: fedmq.v1.AckMode;

            /** Subscribe prefetch. */
            prefetch: number;

            /** Subscribe durableName. */
            durableName: string;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subscribe instance
             */
            static create(properties: fedmq.v1.Subscribe.$Shape): fedmq.v1.Subscribe & fedmq.v1.Subscribe.$Shape;
            static create(properties?: fedmq.v1.Subscribe.$Properties): fedmq.v1.Subscribe;

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link fedmq.v1.Subscribe.verify|verify} messages.
             * @param message Subscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Subscribe & fedmq.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Subscribe & fedmq.v1.Subscribe.$Shape;
        }

        namespace Subscribe {

            /** Properties of a Subscribe. */
            interface $Properties {

                /** Subscribe consumerId */
                consumerId?: (string|null);

                /** Subscribe destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** Subscribe selector */
                selector?: (string|null);

                /** Subscribe ackMode */
                ackMode?: (fedmq.v1.AckMode|null);

                /** Subscribe prefetch */
                prefetch?: (number|null);

                /** Subscribe durableName */
                durableName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscribe. */
            type $Shape = fedmq.v1.Subscribe.$Properties;
        }

        /**
         * Properties of an Unsubscribe.
         * @deprecated Use fedmq.v1.Unsubscribe.$Properties instead.
         */
        interface IUnsubscribe extends fedmq.v1.Unsubscribe.$Properties {
        }

        /** Represents an Unsubscribe. */
        class Unsubscribe {

            /**
             * Constructs a new Unsubscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Unsubscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Unsubscribe consumerId. */
            consumerId: string;

            /**
             * Creates a new Unsubscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Unsubscribe instance
             */
            static create(properties: fedmq.v1.Unsubscribe.$Shape): fedmq.v1.Unsubscribe & fedmq.v1.Unsubscribe.$Shape;
            static create(properties?: fedmq.v1.Unsubscribe.$Properties): fedmq.v1.Unsubscribe;

            /**
             * Encodes the specified Unsubscribe message. Does not implicitly {@link fedmq.v1.Unsubscribe.verify|verify} messages.
             * @param message Unsubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Unsubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Unsubscribe & fedmq.v1.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Unsubscribe & fedmq.v1.Unsubscribe.$Shape;
        }

        namespace Unsubscribe {

            /** Properties of an Unsubscribe. */
            interface $Properties {

                /** Unsubscribe consumerId */
                consumerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Unsubscribe. */
            type $Shape = fedmq.v1.Unsubscribe.$Properties;
        }

        /**
         * Properties of an AckRequest.
         * @deprecated Use fedmq.v1.AckRequest.$Properties instead.
         */
        interface IAckRequest extends fedmq.v1.AckRequest.$Properties {
        }

        /** Represents an AckRequest. */
        class AckRequest {

            /**
             * Constructs a new AckRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.AckRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AckRequest consumerId. */
            consumerId: string;

            /** AckRequest deliveryTags. */
            deliveryTags: number[];

            /** AckRequest transactionId. */
            transactionId: string;

            /**
             * Creates a new AckRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AckRequest instance
             */
            static create(properties: fedmq.v1.AckRequest.$Shape): fedmq.v1.AckRequest & fedmq.v1.AckRequest.$Shape;
            static create(properties?: fedmq.v1.AckRequest.$Properties): fedmq.v1.AckRequest;

            /**
             * Encodes the specified AckRequest message. Does not implicitly {@link fedmq.v1.AckRequest.verify|verify} messages.
             * @param message AckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.AckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AckRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.AckRequest & fedmq.v1.AckRequest.$Shape} AckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.AckRequest & fedmq.v1.AckRequest.$Shape;
        }

        namespace AckRequest {

            /** Properties of an AckRequest. */
            interface $Properties {

                /** AckRequest consumerId */
                consumerId?: (string|null);

                /** AckRequest deliveryTags */
                deliveryTags?: (number[]|null);

                /** AckRequest transactionId */
                transactionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AckRequest. */
            type $Shape = fedmq.v1.AckRequest.$Properties;
        }

        /**
         * Properties of a NackRequest.
         * @deprecated Use fedmq.v1.NackRequest.$Properties instead.
         */
        interface INackRequest extends fedmq.v1.NackRequest.$Properties {
        }

        /** Represents a NackRequest. */
        class NackRequest {

            /**
             * Constructs a new NackRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.NackRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NackRequest consumerId. */
            consumerId: string;

            /** NackRequest deliveryTags. */
            deliveryTags: number[];

            /**
             * Creates a new NackRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NackRequest instance
             */
            static create(properties: fedmq.v1.NackRequest.$Shape): fedmq.v1.NackRequest & fedmq.v1.NackRequest.$Shape;
            static create(properties?: fedmq.v1.NackRequest.$Properties): fedmq.v1.NackRequest;

            /**
             * Encodes the specified NackRequest message. Does not implicitly {@link fedmq.v1.NackRequest.verify|verify} messages.
             * @param message NackRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.NackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NackRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.NackRequest & fedmq.v1.NackRequest.$Shape} NackRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.NackRequest & fedmq.v1.NackRequest.$Shape;
        }

        namespace NackRequest {

            /** Properties of a NackRequest. */
            interface $Properties {

                /** NackRequest consumerId */
                consumerId?: (string|null);

                /** NackRequest deliveryTags */
                deliveryTags?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NackRequest. */
            type $Shape = fedmq.v1.NackRequest.$Properties;
        }

        /**
         * Properties of a BeginTransaction.
         * @deprecated Use fedmq.v1.BeginTransaction.$Properties instead.
         */
        interface IBeginTransaction extends fedmq.v1.BeginTransaction.$Properties {
        }

        /** Represents a BeginTransaction. */
        class BeginTransaction {

            /**
             * Constructs a new BeginTransaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BeginTransaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeginTransaction transactionId. */
            transactionId: string;

            /**
             * Creates a new BeginTransaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeginTransaction instance
             */
            static create(properties: fedmq.v1.BeginTransaction.$Shape): fedmq.v1.BeginTransaction & fedmq.v1.BeginTransaction.$Shape;
            static create(properties?: fedmq.v1.BeginTransaction.$Properties): fedmq.v1.BeginTransaction;

            /**
             * Encodes the specified BeginTransaction message. Does not implicitly {@link fedmq.v1.BeginTransaction.verify|verify} messages.
             * @param message BeginTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BeginTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeginTransaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BeginTransaction & fedmq.v1.BeginTransaction.$Shape} BeginTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BeginTransaction & fedmq.v1.BeginTransaction.$Shape;
        }

        namespace BeginTransaction {

            /** Properties of a BeginTransaction. */
            interface $Properties {

                /** BeginTransaction transactionId */
                transactionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeginTransaction. */
            type $Shape = fedmq.v1.BeginTransaction.$Properties;
        }

        /**
         * Properties of a CommitTransaction.
         * @deprecated Use fedmq.v1.CommitTransaction.$Properties instead.
         */
        interface ICommitTransaction extends fedmq.v1.CommitTransaction.$Properties {
        }

        /** Represents a CommitTransaction. */
        class CommitTransaction {

            /**
             * Constructs a new CommitTransaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.CommitTransaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitTransaction transactionId. */
            transactionId: string;

            /**
             * Creates a new CommitTransaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitTransaction instance
             */
            static create(properties: fedmq.v1.CommitTransaction.$Shape): fedmq.v1.CommitTransaction & fedmq.v1.CommitTransaction.$Shape;
            static create(properties?: fedmq.v1.CommitTransaction.$Properties): fedmq.v1.CommitTransaction;

            /**
             * Encodes the specified CommitTransaction message. Does not implicitly {@link fedmq.v1.CommitTransaction.verify|verify} messages.
             * @param message CommitTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.CommitTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitTransaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.CommitTransaction & fedmq.v1.CommitTransaction.$Shape} CommitTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.CommitTransaction & fedmq.v1.CommitTransaction.$Shape;
        }

        namespace CommitTransaction {

            /** Properties of a CommitTransaction. */
            interface $Properties {

                /** CommitTransaction transactionId */
                transactionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitTransaction. */
            type $Shape = fedmq.v1.CommitTransaction.$Properties;
        }

        /**
         * Properties of a RollbackTransaction.
         * @deprecated Use fedmq.v1.RollbackTransaction.$Properties instead.
         */
        interface IRollbackTransaction extends fedmq.v1.RollbackTransaction.$Properties {
        }

        /** Represents a RollbackTransaction. */
        class RollbackTransaction {

            /**
             * Constructs a new RollbackTransaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RollbackTransaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RollbackTransaction transactionId. */
            transactionId: string;

            /**
             * Creates a new RollbackTransaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RollbackTransaction instance
             */
            static create(properties: fedmq.v1.RollbackTransaction.$Shape): fedmq.v1.RollbackTransaction & fedmq.v1.RollbackTransaction.$Shape;
            static create(properties?: fedmq.v1.RollbackTransaction.$Properties): fedmq.v1.RollbackTransaction;

            /**
             * Encodes the specified RollbackTransaction message. Does not implicitly {@link fedmq.v1.RollbackTransaction.verify|verify} messages.
             * @param message RollbackTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RollbackTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RollbackTransaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RollbackTransaction & fedmq.v1.RollbackTransaction.$Shape} RollbackTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RollbackTransaction & fedmq.v1.RollbackTransaction.$Shape;
        }

        namespace RollbackTransaction {

            /** Properties of a RollbackTransaction. */
            interface $Properties {

                /** RollbackTransaction transactionId */
                transactionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RollbackTransaction. */
            type $Shape = fedmq.v1.RollbackTransaction.$Properties;
        }

        /**
         * Properties of a CreateTemporaryQueue.
         * @deprecated Use fedmq.v1.CreateTemporaryQueue.$Properties instead.
         */
        interface ICreateTemporaryQueue extends fedmq.v1.CreateTemporaryQueue.$Properties {
        }

        /** Represents a CreateTemporaryQueue. */
        class CreateTemporaryQueue {

            /**
             * Constructs a new CreateTemporaryQueue.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.CreateTemporaryQueue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new CreateTemporaryQueue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTemporaryQueue instance
             */
            static create(properties: fedmq.v1.CreateTemporaryQueue.$Shape): fedmq.v1.CreateTemporaryQueue & fedmq.v1.CreateTemporaryQueue.$Shape;
            static create(properties?: fedmq.v1.CreateTemporaryQueue.$Properties): fedmq.v1.CreateTemporaryQueue;

            /**
             * Encodes the specified CreateTemporaryQueue message. Does not implicitly {@link fedmq.v1.CreateTemporaryQueue.verify|verify} messages.
             * @param message CreateTemporaryQueue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.CreateTemporaryQueue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTemporaryQueue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.CreateTemporaryQueue & fedmq.v1.CreateTemporaryQueue.$Shape} CreateTemporaryQueue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.CreateTemporaryQueue & fedmq.v1.CreateTemporaryQueue.$Shape;
        }

        namespace CreateTemporaryQueue {

            /** Properties of a CreateTemporaryQueue. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTemporaryQueue. */
            type $Shape = fedmq.v1.CreateTemporaryQueue.$Properties;
        }

        /**
         * Properties of a ClientRequest.
         * @deprecated Use fedmq.v1.ClientRequest.$Properties instead.
         */
        interface IClientRequest extends fedmq.v1.ClientRequest.$Properties {
        }

        /** Represents a ClientRequest. */
        class ClientRequest {

            /**
             * Constructs a new ClientRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ClientRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientRequest requestId. */
            requestId: number;

            /** ClientRequest send. */
            send?: (fedmq.v1.SendRequest.$Properties|null);

            /** ClientRequest subscribe. */
            subscribe?: (fedmq.v1.Subscribe.$Properties|null);

            /** ClientRequest unsubscribe. */
            unsubscribe?: (fedmq.v1.Unsubscribe.$Properties|null);

            /** ClientRequest ack. */
            ack?: (fedmq.v1.AckRequest.$Properties|null);

            /** ClientRequest nack. */
            nack?: (fedmq.v1.NackRequest.$Properties|null);

            /** ClientRequest begin. */
            begin?: (fedmq.v1.BeginTransaction.$Properties|null);

            /** ClientRequest commit. */
            commit?: (fedmq.v1.CommitTransaction.$Properties|null);

            /** ClientRequest rollback. */
            rollback?: (fedmq.v1.RollbackTransaction.$Properties|null);

            /** ClientRequest createTemporaryQueue. */
            createTemporaryQueue?: (fedmq.v1.CreateTemporaryQueue.$Properties|null);

            /** ClientRequest body. */
            body?: ("send"|"subscribe"|"unsubscribe"|"ack"|"nack"|"begin"|"commit"|"rollback"|"createTemporaryQueue");

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientRequest instance
             */
            static create(properties: fedmq.v1.ClientRequest.$Shape): fedmq.v1.ClientRequest & fedmq.v1.ClientRequest.$Shape;
            static create(properties?: fedmq.v1.ClientRequest.$Properties): fedmq.v1.ClientRequest;

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link fedmq.v1.ClientRequest.verify|verify} messages.
             * @param message ClientRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ClientRequest & fedmq.v1.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ClientRequest & fedmq.v1.ClientRequest.$Shape;
        }

        namespace ClientRequest {

            /** Properties of a ClientRequest. */
            interface $Properties {

                /** ClientRequest requestId */
                requestId?: (number|null);

                /** ClientRequest send */
                send?: (fedmq.v1.SendRequest.$Properties|null);

                /** ClientRequest subscribe */
                subscribe?: (fedmq.v1.Subscribe.$Properties|null);

                /** ClientRequest unsubscribe */
                unsubscribe?: (fedmq.v1.Unsubscribe.$Properties|null);

                /** ClientRequest ack */
                ack?: (fedmq.v1.AckRequest.$Properties|null);

                /** ClientRequest nack */
                nack?: (fedmq.v1.NackRequest.$Properties|null);

                /** ClientRequest begin */
                begin?: (fedmq.v1.BeginTransaction.$Properties|null);

                /** ClientRequest commit */
                commit?: (fedmq.v1.CommitTransaction.$Properties|null);

                /** ClientRequest rollback */
                rollback?: (fedmq.v1.RollbackTransaction.$Properties|null);

                /** ClientRequest createTemporaryQueue */
                createTemporaryQueue?: (fedmq.v1.CreateTemporaryQueue.$Properties|null);

                /** ClientRequest body */
                body?: ("send"|"subscribe"|"unsubscribe"|"ack"|"nack"|"begin"|"commit"|"rollback"|"createTemporaryQueue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientRequest. */
            type $Shape = {
              requestId?: number|null;
              send?: fedmq.v1.SendRequest.$Shape|null;
              subscribe?: fedmq.v1.Subscribe.$Shape|null;
              unsubscribe?: fedmq.v1.Unsubscribe.$Shape|null;
              ack?: fedmq.v1.AckRequest.$Shape|null;
              nack?: fedmq.v1.NackRequest.$Shape|null;
              begin?: fedmq.v1.BeginTransaction.$Shape|null;
              commit?: fedmq.v1.CommitTransaction.$Shape|null;
              rollback?: fedmq.v1.RollbackTransaction.$Shape|null;
              createTemporaryQueue?: fedmq.v1.CreateTemporaryQueue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "send"; send: fedmq.v1.SendRequest.$Shape; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "subscribe"; send?: null; subscribe: fedmq.v1.Subscribe.$Shape; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "unsubscribe"; send?: null; subscribe?: null; unsubscribe: fedmq.v1.Unsubscribe.$Shape; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "ack"; send?: null; subscribe?: null; unsubscribe?: null; ack: fedmq.v1.AckRequest.$Shape; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "nack"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack: fedmq.v1.NackRequest.$Shape; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "begin"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin: fedmq.v1.BeginTransaction.$Shape; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "commit"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit: fedmq.v1.CommitTransaction.$Shape; rollback?: null; createTemporaryQueue?: null }|{ body?: "rollback"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback: fedmq.v1.RollbackTransaction.$Shape; createTemporaryQueue?: null }|{ body?: "createTemporaryQueue"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue: fedmq.v1.CreateTemporaryQueue.$Shape })
            );
        }

        /**
         * Properties of a ClientFrame.
         * @deprecated Use fedmq.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends fedmq.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame hello. */
            hello?: (fedmq.v1.SessionHello.$Properties|null);

            /** ClientFrame requests. */
            requests: fedmq.v1.ClientRequest.$Properties[];

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: fedmq.v1.ClientFrame.$Shape): fedmq.v1.ClientFrame & fedmq.v1.ClientFrame.$Shape;
            static create(properties?: fedmq.v1.ClientFrame.$Properties): fedmq.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link fedmq.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ClientFrame & fedmq.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ClientFrame & fedmq.v1.ClientFrame.$Shape;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame hello */
                hello?: (fedmq.v1.SessionHello.$Properties|null);

                /** ClientFrame requests */
                requests?: (fedmq.v1.ClientRequest.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientFrame. */
            type $Shape = {
              hello?: fedmq.v1.SessionHello.$Shape|null;
              requests?: fedmq.v1.ClientRequest.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RequestResult.
         * @deprecated Use fedmq.v1.RequestResult.$Properties instead.
         */
        interface IRequestResult extends fedmq.v1.RequestResult.$Properties {
        }

        /** Represents a RequestResult. */
        class RequestResult {

            /**
             * Constructs a new RequestResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RequestResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestResult requestId. */
            requestId: number;

            /** RequestResult error. */
            error?: (fedmq.v1.ErrorInfo.$Properties|null);

            /** RequestResult duplicate. */
            duplicate: boolean;

            /** RequestResult temporaryQueue. */
            temporaryQueue: string;

            /**
             * Creates a new RequestResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestResult instance
             */
            static create(properties: fedmq.v1.RequestResult.$Shape): fedmq.v1.RequestResult & fedmq.v1.RequestResult.$Shape;
            static create(properties?: fedmq.v1.RequestResult.$Properties): fedmq.v1.RequestResult;

            /**
             * Encodes the specified RequestResult message. Does not implicitly {@link fedmq.v1.RequestResult.verify|verify} messages.
             * @param message RequestResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RequestResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RequestResult & fedmq.v1.RequestResult.$Shape} RequestResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RequestResult & fedmq.v1.RequestResult.$Shape;
        }

        namespace RequestResult {

            /** Properties of a RequestResult. */
            interface $Properties {

                /** RequestResult requestId */
                requestId?: (number|null);

                /** RequestResult error */
                error?: (fedmq.v1.ErrorInfo.$Properties|null);

                /** RequestResult duplicate */
                duplicate?: (boolean|null);

                /** RequestResult temporaryQueue */
                temporaryQueue?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestResult. */
            type $Shape = fedmq.v1.RequestResult.$Properties;
        }

        /**
         * Properties of a Delivery.
         * @deprecated Use fedmq.v1.Delivery.$Properties instead.
         */
        interface IDelivery extends fedmq.v1.Delivery.$Properties {
        }

        /** Represents a Delivery. */
        class Delivery {

            /**
             * Constructs a new Delivery.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Delivery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Delivery consumerId. */
            consumerId: string;

            /** Delivery deliveryTag. */
            deliveryTag: number;

            /** Delivery message. */
            message?: (fedmq.v1.Message.$Properties|null);

            /** Delivery deliveryCount. */
            deliveryCount: number;

            /** Delivery redelivered. */
            redelivered: boolean;

            /**
             * Creates a new Delivery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Delivery instance
             */
            static create(properties: fedmq.v1.Delivery.$Shape): fedmq.v1.Delivery & fedmq.v1.Delivery.$Shape;
            static create(properties?: fedmq.v1.Delivery.$Properties): fedmq.v1.Delivery;

            /**
             * Encodes the specified Delivery message. Does not implicitly {@link fedmq.v1.Delivery.verify|verify} messages.
             * @param message Delivery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Delivery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Delivery & fedmq.v1.Delivery.$Shape} Delivery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Delivery & fedmq.v1.Delivery.$Shape;
        }

        namespace Delivery {

            /** Properties of a Delivery. */
            interface $Properties {

                /** Delivery consumerId */
                consumerId?: (string|null);

                /** Delivery deliveryTag */
                deliveryTag?: (number|null);

                /** Delivery message */
                message?: (fedmq.v1.Message.$Properties|null);

                /** Delivery deliveryCount */
                deliveryCount?: (number|null);

                /** Delivery redelivered */
                redelivered?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Delivery. */
            type $Shape = {
              consumerId?: string|null;
              deliveryTag?: number|null;
              message?: fedmq.v1.Message.$Shape|null;
              deliveryCount?: number|null;
              redelivered?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use fedmq.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends fedmq.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame welcome. */
            welcome?: (fedmq.v1.SessionWelcome.$Properties|null);

            /** ServerFrame results. */
            results: fedmq.v1.RequestResult.$Properties[];

            /** ServerFrame deliveries. */
            deliveries: fedmq.v1.Delivery.$Properties[];

            /** ServerFrame closing. */
            closing?: (fedmq.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: fedmq.v1.ServerFrame.$Shape): fedmq.v1.ServerFrame & fedmq.v1.ServerFrame.$Shape;
            static create(properties?: fedmq.v1.ServerFrame.$Properties): fedmq.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link fedmq.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ServerFrame & fedmq.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ServerFrame & fedmq.v1.ServerFrame.$Shape;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame welcome */
                welcome?: (fedmq.v1.SessionWelcome.$Properties|null);

                /** ServerFrame results */
                results?: (fedmq.v1.RequestResult.$Properties[]|null);

                /** ServerFrame deliveries */
                deliveries?: (fedmq.v1.Delivery.$Properties[]|null);

                /** ServerFrame closing */
                closing?: (fedmq.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerFrame. */
            type $Shape = {
              welcome?: fedmq.v1.SessionWelcome.$Shape|null;
              results?: fedmq.v1.RequestResult.$Shape[]|null;
              deliveries?: fedmq.v1.Delivery.$Shape[]|null;
              closing?: fedmq.v1.ErrorInfo.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DestinationInfo.
         * @deprecated Use fedmq.v1.DestinationInfo.$Properties instead.
         */
        interface IDestinationInfo extends fedmq.v1.DestinationInfo.$Properties {
        }

        /** Represents a DestinationInfo. */
        class DestinationInfo {

            /**
             * Constructs a new DestinationInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.DestinationInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DestinationInfo destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** DestinationInfo depth. */
            depth: number;

            /** DestinationInfo bytes. */
            bytes: number;

            /** DestinationInfo enqueued. */
            enqueued: number;

            /** DestinationInfo acked. */
            acked: number;

            /** DestinationInfo redelivered. */
            redelivered: number;

            /** DestinationInfo deadLettered. */
            deadLettered: number;

            /** DestinationInfo expired. */
            expired: number;

            /** DestinationInfo consumers. */
            consumers: number;

            /** DestinationInfo temporary. */
            temporary: boolean;

            /** DestinationInfo durableSubscription. */
            durableSubscription: string;

            /**
             * Creates a new DestinationInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DestinationInfo instance
             */
            static create(properties: fedmq.v1.DestinationInfo.$Shape): fedmq.v1.DestinationInfo & fedmq.v1.DestinationInfo.$Shape;
            static create(properties?: fedmq.v1.DestinationInfo.$Properties): fedmq.v1.DestinationInfo;

            /**
             * Encodes the specified DestinationInfo message. Does not implicitly {@link fedmq.v1.DestinationInfo.verify|verify} messages.
             * @param message DestinationInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.DestinationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DestinationInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.DestinationInfo & fedmq.v1.DestinationInfo.$Shape} DestinationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.DestinationInfo & fedmq.v1.DestinationInfo.$Shape;
        }

        namespace DestinationInfo {

            /** Properties of a DestinationInfo. */
            interface $Properties {

                /** DestinationInfo destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** DestinationInfo depth */
                depth?: (number|null);

                /** DestinationInfo bytes */
                bytes?: (number|null);

                /** DestinationInfo enqueued */
                enqueued?: (number|null);

                /** DestinationInfo acked */
                acked?: (number|null);

                /** DestinationInfo redelivered */
                redelivered?: (number|null);

                /** DestinationInfo deadLettered */
                deadLettered?: (number|null);

                /** DestinationInfo expired */
                expired?: (number|null);

                /** DestinationInfo consumers */
                consumers?: (number|null);

                /** DestinationInfo temporary */
                temporary?: (boolean|null);

                /** DestinationInfo durableSubscription */
                durableSubscription?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DestinationInfo. */
            type $Shape = fedmq.v1.DestinationInfo.$Properties;
        }

        /**
         * Properties of a ListDestinationsRequest.
         * @deprecated Use fedmq.v1.ListDestinationsRequest.$Properties instead.
         */
        interface IListDestinationsRequest extends fedmq.v1.ListDestinationsRequest.$Properties {
        }

        /** Represents a ListDestinationsRequest. */
        class ListDestinationsRequest {

            /**
             * Constructs a new ListDestinationsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ListDestinationsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListDestinationsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDestinationsRequest instance
             */
            static create(properties: fedmq.v1.ListDestinationsRequest.$Shape): fedmq.v1.ListDestinationsRequest & fedmq.v1.ListDestinationsRequest.$Shape;
            static create(properties?: fedmq.v1.ListDestinationsRequest.$Properties): fedmq.v1.ListDestinationsRequest;

            /**
             * Encodes the specified ListDestinationsRequest message. Does not implicitly {@link fedmq.v1.ListDestinationsRequest.verify|verify} messages.
             * @param message ListDestinationsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ListDestinationsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDestinationsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ListDestinationsRequest & fedmq.v1.ListDestinationsRequest.$Shape} ListDestinationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ListDestinationsRequest & fedmq.v1.ListDestinationsRequest.$Shape;
        }

        namespace ListDestinationsRequest {

            /** Properties of a ListDestinationsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListDestinationsRequest. */
            type $Shape = fedmq.v1.ListDestinationsRequest.$Properties;
        }

        /**
         * Properties of a ListDestinationsResponse.
         * @deprecated Use fedmq.v1.ListDestinationsResponse.$Properties instead.
         */
        interface IListDestinationsResponse extends fedmq.v1.ListDestinationsResponse.$Properties {
        }

        /** Represents a ListDestinationsResponse. */
        class ListDestinationsResponse {

            /**
             * Constructs a new ListDestinationsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ListDestinationsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListDestinationsResponse destinations. */
            destinations: fedmq.v1.DestinationInfo.$Properties[];

            /**
             * Creates a new ListDestinationsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDestinationsResponse instance
             */
            static create(properties: fedmq.v1.ListDestinationsResponse.$Shape): fedmq.v1.ListDestinationsResponse & fedmq.v1.ListDestinationsResponse.$Shape;
            static create(properties?: fedmq.v1.ListDestinationsResponse.$Properties): fedmq.v1.ListDestinationsResponse;

            /**
             * Encodes the specified ListDestinationsResponse message. Does not implicitly {@link fedmq.v1.ListDestinationsResponse.verify|verify} messages.
             * @param message ListDestinationsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ListDestinationsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDestinationsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ListDestinationsResponse & fedmq.v1.ListDestinationsResponse.$Shape} ListDestinationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ListDestinationsResponse & fedmq.v1.ListDestinationsResponse.$Shape;
        }

        namespace ListDestinationsResponse {

            /** Properties of a ListDestinationsResponse. */
            interface $Properties {

                /** ListDestinationsResponse destinations */
                destinations?: (fedmq.v1.DestinationInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListDestinationsResponse. */
            type $Shape = fedmq.v1.ListDestinationsResponse.$Properties;
        }

        /**
         * Properties of a BrowseRequest.
         * @deprecated Use fedmq.v1.BrowseRequest.$Properties instead.
         */
        interface IBrowseRequest extends fedmq.v1.BrowseRequest.$Properties {
        }

        /** Represents a BrowseRequest. */
        class BrowseRequest {

            /**
             * Constructs a new BrowseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BrowseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BrowseRequest destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /** BrowseRequest limit. */
            limit: number;

            /** BrowseRequest selector. */
            selector: string;

            /**
             * Creates a new BrowseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BrowseRequest instance
             */
            static create(properties: fedmq.v1.BrowseRequest.$Shape): fedmq.v1.BrowseRequest & fedmq.v1.BrowseRequest.$Shape;
            static create(properties?: fedmq.v1.BrowseRequest.$Properties): fedmq.v1.BrowseRequest;

            /**
             * Encodes the specified BrowseRequest message. Does not implicitly {@link fedmq.v1.BrowseRequest.verify|verify} messages.
             * @param message BrowseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BrowseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BrowseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BrowseRequest & fedmq.v1.BrowseRequest.$Shape} BrowseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BrowseRequest & fedmq.v1.BrowseRequest.$Shape;
        }

        namespace BrowseRequest {

            /** Properties of a BrowseRequest. */
            interface $Properties {

                /** BrowseRequest destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** BrowseRequest limit */
                limit?: (number|null);

                /** BrowseRequest selector */
                selector?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BrowseRequest. */
            type $Shape = fedmq.v1.BrowseRequest.$Properties;
        }

        /**
         * Properties of a BrowseResponse.
         * @deprecated Use fedmq.v1.BrowseResponse.$Properties instead.
         */
        interface IBrowseResponse extends fedmq.v1.BrowseResponse.$Properties {
        }

        /** Represents a BrowseResponse. */
        class BrowseResponse {

            /**
             * Constructs a new BrowseResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BrowseResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BrowseResponse messages. */
            messages: fedmq.v1.Delivery.$Properties[];

            /**
             * Creates a new BrowseResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BrowseResponse instance
             */
            static create(properties: fedmq.v1.BrowseResponse.$Shape): fedmq.v1.BrowseResponse & fedmq.v1.BrowseResponse.$Shape;
            static create(properties?: fedmq.v1.BrowseResponse.$Properties): fedmq.v1.BrowseResponse;

            /**
             * Encodes the specified BrowseResponse message. Does not implicitly {@link fedmq.v1.BrowseResponse.verify|verify} messages.
             * @param message BrowseResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BrowseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BrowseResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BrowseResponse & fedmq.v1.BrowseResponse.$Shape} BrowseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BrowseResponse & fedmq.v1.BrowseResponse.$Shape;
        }

        namespace BrowseResponse {

            /** Properties of a BrowseResponse. */
            interface $Properties {

                /** BrowseResponse messages */
                messages?: (fedmq.v1.Delivery.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BrowseResponse. */
            type $Shape = {
              messages?: fedmq.v1.Delivery.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PurgeRequest.
         * @deprecated Use fedmq.v1.PurgeRequest.$Properties instead.
         */
        interface IPurgeRequest extends fedmq.v1.PurgeRequest.$Properties {
        }

        /** Represents a PurgeRequest. */
        class PurgeRequest {

            /**
             * Constructs a new PurgeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.PurgeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PurgeRequest destination. */
            destination?: (fedmq.v1.Destination.$Properties|null);

            /**
             * Creates a new PurgeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PurgeRequest instance
             */
            static create(properties: fedmq.v1.PurgeRequest.$Shape): fedmq.v1.PurgeRequest & fedmq.v1.PurgeRequest.$Shape;
            static create(properties?: fedmq.v1.PurgeRequest.$Properties): fedmq.v1.PurgeRequest;

            /**
             * Encodes the specified PurgeRequest message. Does not implicitly {@link fedmq.v1.PurgeRequest.verify|verify} messages.
             * @param message PurgeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.PurgeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PurgeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.PurgeRequest & fedmq.v1.PurgeRequest.$Shape} PurgeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.PurgeRequest & fedmq.v1.PurgeRequest.$Shape;
        }

        namespace PurgeRequest {

            /** Properties of a PurgeRequest. */
            interface $Properties {

                /** PurgeRequest destination */
                destination?: (fedmq.v1.Destination.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PurgeRequest. */
            type $Shape = fedmq.v1.PurgeRequest.$Properties;
        }

        /**
         * Properties of a PurgeResponse.
         * @deprecated Use fedmq.v1.PurgeResponse.$Properties instead.
         */
        interface IPurgeResponse extends fedmq.v1.PurgeResponse.$Properties {
        }

        /** Represents a PurgeResponse. */
        class PurgeResponse {

            /**
             * Constructs a new PurgeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.PurgeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PurgeResponse removed. */
            removed: number;

            /**
             * Creates a new PurgeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PurgeResponse instance
             */
            static create(properties: fedmq.v1.PurgeResponse.$Shape): fedmq.v1.PurgeResponse & fedmq.v1.PurgeResponse.$Shape;
            static create(properties?: fedmq.v1.PurgeResponse.$Properties): fedmq.v1.PurgeResponse;

            /**
             * Encodes the specified PurgeResponse message. Does not implicitly {@link fedmq.v1.PurgeResponse.verify|verify} messages.
             * @param message PurgeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.PurgeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PurgeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.PurgeResponse & fedmq.v1.PurgeResponse.$Shape} PurgeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.PurgeResponse & fedmq.v1.PurgeResponse.$Shape;
        }

        namespace PurgeResponse {

            /** Properties of a PurgeResponse. */
            interface $Properties {

                /** PurgeResponse removed */
                removed?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PurgeResponse. */
            type $Shape = fedmq.v1.PurgeResponse.$Properties;
        }

        /**
         * Properties of a RemoveSubscriptionRequest.
         * @deprecated Use fedmq.v1.RemoveSubscriptionRequest.$Properties instead.
         */
        interface IRemoveSubscriptionRequest extends fedmq.v1.RemoveSubscriptionRequest.$Properties {
        }

        /** Represents a RemoveSubscriptionRequest. */
        class RemoveSubscriptionRequest {

            /**
             * Constructs a new RemoveSubscriptionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RemoveSubscriptionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveSubscriptionRequest clientId. */
            clientId: string;

            /** RemoveSubscriptionRequest name. */
            name: string;

            /**
             * Creates a new RemoveSubscriptionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveSubscriptionRequest instance
             */
            static create(properties: fedmq.v1.RemoveSubscriptionRequest.$Shape): fedmq.v1.RemoveSubscriptionRequest & fedmq.v1.RemoveSubscriptionRequest.$Shape;
            static create(properties?: fedmq.v1.RemoveSubscriptionRequest.$Properties): fedmq.v1.RemoveSubscriptionRequest;

            /**
             * Encodes the specified RemoveSubscriptionRequest message. Does not implicitly {@link fedmq.v1.RemoveSubscriptionRequest.verify|verify} messages.
             * @param message RemoveSubscriptionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RemoveSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveSubscriptionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RemoveSubscriptionRequest & fedmq.v1.RemoveSubscriptionRequest.$Shape} RemoveSubscriptionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RemoveSubscriptionRequest & fedmq.v1.RemoveSubscriptionRequest.$Shape;
        }

        namespace RemoveSubscriptionRequest {

            /** Properties of a RemoveSubscriptionRequest. */
            interface $Properties {

                /** RemoveSubscriptionRequest clientId */
                clientId?: (string|null);

                /** RemoveSubscriptionRequest name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveSubscriptionRequest. */
            type $Shape = fedmq.v1.RemoveSubscriptionRequest.$Properties;
        }

        /**
         * Properties of a RemoveSubscriptionResponse.
         * @deprecated Use fedmq.v1.RemoveSubscriptionResponse.$Properties instead.
         */
        interface IRemoveSubscriptionResponse extends fedmq.v1.RemoveSubscriptionResponse.$Properties {
        }

        /** Represents a RemoveSubscriptionResponse. */
        class RemoveSubscriptionResponse {

            /**
             * Constructs a new RemoveSubscriptionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RemoveSubscriptionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RemoveSubscriptionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveSubscriptionResponse instance
             */
            static create(properties: fedmq.v1.RemoveSubscriptionResponse.$Shape): fedmq.v1.RemoveSubscriptionResponse & fedmq.v1.RemoveSubscriptionResponse.$Shape;
            static create(properties?: fedmq.v1.RemoveSubscriptionResponse.$Properties): fedmq.v1.RemoveSubscriptionResponse;

            /**
             * Encodes the specified RemoveSubscriptionResponse message. Does not implicitly {@link fedmq.v1.RemoveSubscriptionResponse.verify|verify} messages.
             * @param message RemoveSubscriptionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RemoveSubscriptionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveSubscriptionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RemoveSubscriptionResponse & fedmq.v1.RemoveSubscriptionResponse.$Shape} RemoveSubscriptionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RemoveSubscriptionResponse & fedmq.v1.RemoveSubscriptionResponse.$Shape;
        }

        namespace RemoveSubscriptionResponse {

            /** Properties of a RemoveSubscriptionResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveSubscriptionResponse. */
            type $Shape = fedmq.v1.RemoveSubscriptionResponse.$Properties;
        }

        /**
         * Properties of a StatusRequest.
         * @deprecated Use fedmq.v1.StatusRequest.$Properties instead.
         */
        interface IStatusRequest extends fedmq.v1.StatusRequest.$Properties {
        }

        /** Represents a StatusRequest. */
        class StatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.StatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            static create(properties: fedmq.v1.StatusRequest.$Shape): fedmq.v1.StatusRequest & fedmq.v1.StatusRequest.$Shape;
            static create(properties?: fedmq.v1.StatusRequest.$Properties): fedmq.v1.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link fedmq.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.StatusRequest & fedmq.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.StatusRequest & fedmq.v1.StatusRequest.$Shape;
        }

        namespace StatusRequest {

            /** Properties of a StatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusRequest. */
            type $Shape = fedmq.v1.StatusRequest.$Properties;
        }

        /**
         * Properties of a PeerStatus.
         * @deprecated Use fedmq.v1.PeerStatus.$Properties instead.
         */
        interface IPeerStatus extends fedmq.v1.PeerStatus.$Properties {
        }

        /** Represents a PeerStatus. */
        class PeerStatus {

            /**
             * Constructs a new PeerStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.PeerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerStatus nodeId. */
            nodeId: number;

            /** PeerStatus address. */
            address: string;

            /** PeerStatus voter. */
            voter: boolean;

            /** PeerStatus match. */
            match: number;

            /** PeerStatus lag. */
            lag: number;

            /**
             * Creates a new PeerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerStatus instance
             */
            static create(properties: fedmq.v1.PeerStatus.$Shape): fedmq.v1.PeerStatus & fedmq.v1.PeerStatus.$Shape;
            static create(properties?: fedmq.v1.PeerStatus.$Properties): fedmq.v1.PeerStatus;

            /**
             * Encodes the specified PeerStatus message. Does not implicitly {@link fedmq.v1.PeerStatus.verify|verify} messages.
             * @param message PeerStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.PeerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.PeerStatus & fedmq.v1.PeerStatus.$Shape} PeerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.PeerStatus & fedmq.v1.PeerStatus.$Shape;
        }

        namespace PeerStatus {

            /** Properties of a PeerStatus. */
            interface $Properties {

                /** PeerStatus nodeId */
                nodeId?: (number|null);

                /** PeerStatus address */
                address?: (string|null);

                /** PeerStatus voter */
                voter?: (boolean|null);

                /** PeerStatus match */
                match?: (number|null);

                /** PeerStatus lag */
                lag?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerStatus. */
            type $Shape = fedmq.v1.PeerStatus.$Properties;
        }

        /**
         * Properties of a StatusResponse.
         * @deprecated Use fedmq.v1.StatusResponse.$Properties instead.
         */
        interface IStatusResponse extends fedmq.v1.StatusResponse.$Properties {
        }

        /** Represents a StatusResponse. */
        class StatusResponse {

            /**
             * Constructs a new StatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.StatusResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusResponse site. */
            site: string;

            /** StatusResponse nodeId. */
            nodeId: number;

            /** StatusResponse role. */
            role: string;

            /** StatusResponse term. */
            term: number;

            /** StatusResponse leaderId. */
            leaderId: number;

            /** StatusResponse leaderAddress. */
            leaderAddress: string;

            /** StatusResponse commit. */
            commit: number;

            /** StatusResponse applied. */
            applied: number;

            /** StatusResponse lastIndex. */
            lastIndex: number;

            /** StatusResponse peers. */
            peers: fedmq.v1.PeerStatus.$Properties[];

            /** StatusResponse serving. */
            serving: boolean;

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusResponse instance
             */
            static create(properties: fedmq.v1.StatusResponse.$Shape): fedmq.v1.StatusResponse & fedmq.v1.StatusResponse.$Shape;
            static create(properties?: fedmq.v1.StatusResponse.$Properties): fedmq.v1.StatusResponse;

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link fedmq.v1.StatusResponse.verify|verify} messages.
             * @param message StatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.StatusResponse & fedmq.v1.StatusResponse.$Shape} StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.StatusResponse & fedmq.v1.StatusResponse.$Shape;
        }

        namespace StatusResponse {

            /** Properties of a StatusResponse. */
            interface $Properties {

                /** StatusResponse site */
                site?: (string|null);

                /** StatusResponse nodeId */
                nodeId?: (number|null);

                /** StatusResponse role */
                role?: (string|null);

                /** StatusResponse term */
                term?: (number|null);

                /** StatusResponse leaderId */
                leaderId?: (number|null);

                /** StatusResponse leaderAddress */
                leaderAddress?: (string|null);

                /** StatusResponse commit */
                commit?: (number|null);

                /** StatusResponse applied */
                applied?: (number|null);

                /** StatusResponse lastIndex */
                lastIndex?: (number|null);

                /** StatusResponse peers */
                peers?: (fedmq.v1.PeerStatus.$Properties[]|null);

                /** StatusResponse serving */
                serving?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusResponse. */
            type $Shape = fedmq.v1.StatusResponse.$Properties;
        }

        /**
         * Properties of a Fence.
         * @deprecated Use fedmq.v1.Fence.$Properties instead.
         */
        interface IFence extends fedmq.v1.Fence.$Properties {
        }

        /** Represents a Fence. */
        class Fence {

            /**
             * Constructs a new Fence.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Fence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Fence siteEpoch. */
            siteEpoch: number;

            /** Fence leaderTerm. */
            leaderTerm: number;

            /** Fence session. */
            session: number;

            /**
             * Creates a new Fence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Fence instance
             */
            static create(properties: fedmq.v1.Fence.$Shape): fedmq.v1.Fence & fedmq.v1.Fence.$Shape;
            static create(properties?: fedmq.v1.Fence.$Properties): fedmq.v1.Fence;

            /**
             * Encodes the specified Fence message. Does not implicitly {@link fedmq.v1.Fence.verify|verify} messages.
             * @param message Fence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Fence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Fence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Fence & fedmq.v1.Fence.$Shape} Fence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Fence & fedmq.v1.Fence.$Shape;
        }

        namespace Fence {

            /** Properties of a Fence. */
            interface $Properties {

                /** Fence siteEpoch */
                siteEpoch?: (number|null);

                /** Fence leaderTerm */
                leaderTerm?: (number|null);

                /** Fence session */
                session?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Fence. */
            type $Shape = fedmq.v1.Fence.$Properties;
        }

        /**
         * Properties of a BridgeHello.
         * @deprecated Use fedmq.v1.BridgeHello.$Properties instead.
         */
        interface IBridgeHello extends fedmq.v1.BridgeHello.$Properties {
        }

        /** Represents a BridgeHello. */
        class BridgeHello {

            /**
             * Constructs a new BridgeHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgeHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgeHello protocolVersion. */
            protocolVersion: number;

            /** BridgeHello cluster. */
            cluster: string;

            /** BridgeHello originSite. */
            originSite: string;

            /** BridgeHello targetSite. */
            targetSite: string;

            /** BridgeHello bridge. */
            bridge: string;

            /** BridgeHello fence. */
            fence?: (fedmq.v1.Fence.$Properties|null);

            /** BridgeHello hopLimit. */
            hopLimit: number;

            /**
             * Creates a new BridgeHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgeHello instance
             */
            static create(properties: fedmq.v1.BridgeHello.$Shape): fedmq.v1.BridgeHello & fedmq.v1.BridgeHello.$Shape;
            static create(properties?: fedmq.v1.BridgeHello.$Properties): fedmq.v1.BridgeHello;

            /**
             * Encodes the specified BridgeHello message. Does not implicitly {@link fedmq.v1.BridgeHello.verify|verify} messages.
             * @param message BridgeHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgeHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgeHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeHello & fedmq.v1.BridgeHello.$Shape} BridgeHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgeHello & fedmq.v1.BridgeHello.$Shape;
        }

        namespace BridgeHello {

            /** Properties of a BridgeHello. */
            interface $Properties {

                /** BridgeHello protocolVersion */
                protocolVersion?: (number|null);

                /** BridgeHello cluster */
                cluster?: (string|null);

                /** BridgeHello originSite */
                originSite?: (string|null);

                /** BridgeHello targetSite */
                targetSite?: (string|null);

                /** BridgeHello bridge */
                bridge?: (string|null);

                /** BridgeHello fence */
                fence?: (fedmq.v1.Fence.$Properties|null);

                /** BridgeHello hopLimit */
                hopLimit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgeHello. */
            type $Shape = fedmq.v1.BridgeHello.$Properties;
        }

        /**
         * Properties of a BridgeWelcome.
         * @deprecated Use fedmq.v1.BridgeWelcome.$Properties instead.
         */
        interface IBridgeWelcome extends fedmq.v1.BridgeWelcome.$Properties {
        }

        /** Represents a BridgeWelcome. */
        class BridgeWelcome {

            /**
             * Constructs a new BridgeWelcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgeWelcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgeWelcome protocolVersion. */
            protocolVersion: number;

            /** BridgeWelcome nodeId. */
            nodeId: number;

            /** BridgeWelcome demand. */
            demand: string[];

            /**
             * Creates a new BridgeWelcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgeWelcome instance
             */
            static create(properties: fedmq.v1.BridgeWelcome.$Shape): fedmq.v1.BridgeWelcome & fedmq.v1.BridgeWelcome.$Shape;
            static create(properties?: fedmq.v1.BridgeWelcome.$Properties): fedmq.v1.BridgeWelcome;

            /**
             * Encodes the specified BridgeWelcome message. Does not implicitly {@link fedmq.v1.BridgeWelcome.verify|verify} messages.
             * @param message BridgeWelcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgeWelcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgeWelcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeWelcome & fedmq.v1.BridgeWelcome.$Shape} BridgeWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgeWelcome & fedmq.v1.BridgeWelcome.$Shape;
        }

        namespace BridgeWelcome {

            /** Properties of a BridgeWelcome. */
            interface $Properties {

                /** BridgeWelcome protocolVersion */
                protocolVersion?: (number|null);

                /** BridgeWelcome nodeId */
                nodeId?: (number|null);

                /** BridgeWelcome demand */
                demand?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgeWelcome. */
            type $Shape = fedmq.v1.BridgeWelcome.$Properties;
        }

        /**
         * Properties of a BridgedMessage.
         * @deprecated Use fedmq.v1.BridgedMessage.$Properties instead.
         */
        interface IBridgedMessage extends fedmq.v1.BridgedMessage.$Properties {
        }

        /** Represents a BridgedMessage. */
        class BridgedMessage {

            /**
             * Constructs a new BridgedMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgedMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgedMessage message. */
            message?: (fedmq.v1.Message.$Properties|null);

            /** BridgedMessage originSite. */
            originSite: string;

            /** BridgedMessage path. */
            path: string[];

            /**
             * Creates a new BridgedMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgedMessage instance
             */
            static create(properties: fedmq.v1.BridgedMessage.$Shape): fedmq.v1.BridgedMessage & fedmq.v1.BridgedMessage.$Shape;
            static create(properties?: fedmq.v1.BridgedMessage.$Properties): fedmq.v1.BridgedMessage;

            /**
             * Encodes the specified BridgedMessage message. Does not implicitly {@link fedmq.v1.BridgedMessage.verify|verify} messages.
             * @param message BridgedMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgedMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgedMessage & fedmq.v1.BridgedMessage.$Shape} BridgedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgedMessage & fedmq.v1.BridgedMessage.$Shape;
        }

        namespace BridgedMessage {

            /** Properties of a BridgedMessage. */
            interface $Properties {

                /** BridgedMessage message */
                message?: (fedmq.v1.Message.$Properties|null);

                /** BridgedMessage originSite */
                originSite?: (string|null);

                /** BridgedMessage path */
                path?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgedMessage. */
            type $Shape = {
              message?: fedmq.v1.Message.$Shape|null;
              originSite?: string|null;
              path?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BridgeBatch.
         * @deprecated Use fedmq.v1.BridgeBatch.$Properties instead.
         */
        interface IBridgeBatch extends fedmq.v1.BridgeBatch.$Properties {
        }

        /** Represents a BridgeBatch. */
        class BridgeBatch {

            /**
             * Constructs a new BridgeBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgeBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgeBatch batchSeq. */
            batchSeq: number;

            /** BridgeBatch messages. */
            messages: fedmq.v1.BridgedMessage.$Properties[];

            /**
             * Creates a new BridgeBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgeBatch instance
             */
            static create(properties: fedmq.v1.BridgeBatch.$Shape): fedmq.v1.BridgeBatch & fedmq.v1.BridgeBatch.$Shape;
            static create(properties?: fedmq.v1.BridgeBatch.$Properties): fedmq.v1.BridgeBatch;

            /**
             * Encodes the specified BridgeBatch message. Does not implicitly {@link fedmq.v1.BridgeBatch.verify|verify} messages.
             * @param message BridgeBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgeBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgeBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeBatch & fedmq.v1.BridgeBatch.$Shape} BridgeBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgeBatch & fedmq.v1.BridgeBatch.$Shape;
        }

        namespace BridgeBatch {

            /** Properties of a BridgeBatch. */
            interface $Properties {

                /** BridgeBatch batchSeq */
                batchSeq?: (number|null);

                /** BridgeBatch messages */
                messages?: (fedmq.v1.BridgedMessage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgeBatch. */
            type $Shape = {
              batchSeq?: number|null;
              messages?: fedmq.v1.BridgedMessage.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BridgeFrame.
         * @deprecated Use fedmq.v1.BridgeFrame.$Properties instead.
         */
        interface IBridgeFrame extends fedmq.v1.BridgeFrame.$Properties {
        }

        /** Represents a BridgeFrame. */
        class BridgeFrame {

            /**
             * Constructs a new BridgeFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgeFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgeFrame hello. */
            hello?: (fedmq.v1.BridgeHello.$Properties|null);

            /** BridgeFrame batch. */
            batch?: (fedmq.v1.BridgeBatch.$Properties|null);

            /**
             * Creates a new BridgeFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgeFrame instance
             */
            static create(properties: fedmq.v1.BridgeFrame.$Shape): fedmq.v1.BridgeFrame & fedmq.v1.BridgeFrame.$Shape;
            static create(properties?: fedmq.v1.BridgeFrame.$Properties): fedmq.v1.BridgeFrame;

            /**
             * Encodes the specified BridgeFrame message. Does not implicitly {@link fedmq.v1.BridgeFrame.verify|verify} messages.
             * @param message BridgeFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgeFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgeFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeFrame & fedmq.v1.BridgeFrame.$Shape} BridgeFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgeFrame & fedmq.v1.BridgeFrame.$Shape;
        }

        namespace BridgeFrame {

            /** Properties of a BridgeFrame. */
            interface $Properties {

                /** BridgeFrame hello */
                hello?: (fedmq.v1.BridgeHello.$Properties|null);

                /** BridgeFrame batch */
                batch?: (fedmq.v1.BridgeBatch.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgeFrame. */
            type $Shape = {
              hello?: fedmq.v1.BridgeHello.$Shape|null;
              batch?: fedmq.v1.BridgeBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** BridgedOutcome enum. */
        enum BridgedOutcome {

            /** BRIDGED_OUTCOME_UNSPECIFIED value */
            BRIDGED_OUTCOME_UNSPECIFIED = 0,

            /** BRIDGED_STORED value */
            BRIDGED_STORED = 1,

            /** BRIDGED_DUPLICATE value */
            BRIDGED_DUPLICATE = 2,

            /** BRIDGED_DEAD_LETTERED value */
            BRIDGED_DEAD_LETTERED = 3,

            /** BRIDGED_LOOP value */
            BRIDGED_LOOP = 4
        }

        /**
         * Properties of a BatchAck.
         * @deprecated Use fedmq.v1.BatchAck.$Properties instead.
         */
        interface IBatchAck extends fedmq.v1.BatchAck.$Properties {
        }

        /** Represents a BatchAck. */
        class BatchAck {

            /**
             * Constructs a new BatchAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BatchAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchAck batchSeq. */
            batchSeq: number;

            /** BatchAck outcomes. */
            outcomes: fedmq.v1.BridgedOutcome[];

            /**
             * Creates a new BatchAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchAck instance
             */
            static create(properties: fedmq.v1.BatchAck.$Shape): fedmq.v1.BatchAck & fedmq.v1.BatchAck.$Shape;
            static create(properties?: fedmq.v1.BatchAck.$Properties): fedmq.v1.BatchAck;

            /**
             * Encodes the specified BatchAck message. Does not implicitly {@link fedmq.v1.BatchAck.verify|verify} messages.
             * @param message BatchAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BatchAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BatchAck & fedmq.v1.BatchAck.$Shape} BatchAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BatchAck & fedmq.v1.BatchAck.$Shape;
        }

        namespace BatchAck {

            /** Properties of a BatchAck. */
            interface $Properties {

                /** BatchAck batchSeq */
                batchSeq?: (number|null);

                /** BatchAck outcomes */
                outcomes?: (fedmq.v1.BridgedOutcome[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchAck. */
            type $Shape = fedmq.v1.BatchAck.$Properties;
        }

        /**
         * Properties of a BridgeReply.
         * @deprecated Use fedmq.v1.BridgeReply.$Properties instead.
         */
        interface IBridgeReply extends fedmq.v1.BridgeReply.$Properties {
        }

        /** Represents a BridgeReply. */
        class BridgeReply {

            /**
             * Constructs a new BridgeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.BridgeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BridgeReply welcome. */
            welcome?: (fedmq.v1.BridgeWelcome.$Properties|null);

            /** BridgeReply ack. */
            ack?: (fedmq.v1.BatchAck.$Properties|null);

            /** BridgeReply demand. */
            demand: string[];

            /** BridgeReply closing. */
            closing?: (fedmq.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new BridgeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BridgeReply instance
             */
            static create(properties: fedmq.v1.BridgeReply.$Shape): fedmq.v1.BridgeReply & fedmq.v1.BridgeReply.$Shape;
            static create(properties?: fedmq.v1.BridgeReply.$Properties): fedmq.v1.BridgeReply;

            /**
             * Encodes the specified BridgeReply message. Does not implicitly {@link fedmq.v1.BridgeReply.verify|verify} messages.
             * @param message BridgeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.BridgeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BridgeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeReply & fedmq.v1.BridgeReply.$Shape} BridgeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.BridgeReply & fedmq.v1.BridgeReply.$Shape;
        }

        namespace BridgeReply {

            /** Properties of a BridgeReply. */
            interface $Properties {

                /** BridgeReply welcome */
                welcome?: (fedmq.v1.BridgeWelcome.$Properties|null);

                /** BridgeReply ack */
                ack?: (fedmq.v1.BatchAck.$Properties|null);

                /** BridgeReply demand */
                demand?: (string[]|null);

                /** BridgeReply closing */
                closing?: (fedmq.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BridgeReply. */
            type $Shape = fedmq.v1.BridgeReply.$Properties;
        }

        /** KvOp enum. */
        enum KvOp {

            /** KV_OP_UNSPECIFIED value */
            KV_OP_UNSPECIFIED = 0,

            /** KV_OP_PUT value */
            KV_OP_PUT = 1,

            /** KV_OP_DELETE value */
            KV_OP_DELETE = 2
        }

        /**
         * Properties of a KvCommand.
         * @deprecated Use fedmq.v1.KvCommand.$Properties instead.
         */
        interface IKvCommand extends fedmq.v1.KvCommand.$Properties {
        }

        /** Represents a KvCommand. */
        class KvCommand {

            /**
             * Constructs a new KvCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.KvCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvCommand op. */
            op: fedmq.v1.KvOp;

            /** KvCommand key. */
            key: string;

            /** KvCommand value. */
            value: Uint8Array;

            /**
             * Creates a new KvCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvCommand instance
             */
            static create(properties: fedmq.v1.KvCommand.$Shape): fedmq.v1.KvCommand & fedmq.v1.KvCommand.$Shape;
            static create(properties?: fedmq.v1.KvCommand.$Properties): fedmq.v1.KvCommand;

            /**
             * Encodes the specified KvCommand message. Does not implicitly {@link fedmq.v1.KvCommand.verify|verify} messages.
             * @param message KvCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.KvCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.KvCommand & fedmq.v1.KvCommand.$Shape} KvCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.KvCommand & fedmq.v1.KvCommand.$Shape;
        }

        namespace KvCommand {

            /** Properties of a KvCommand. */
            interface $Properties {

                /** KvCommand op */
                op?: (fedmq.v1.KvOp|null);

                /** KvCommand key */
                key?: (string|null);

                /** KvCommand value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvCommand. */
            type $Shape = fedmq.v1.KvCommand.$Properties;
        }

        /** EntryType enum. */
        enum EntryType {

            /** ENTRY_NORMAL value */
            ENTRY_NORMAL = 0,

            /** ENTRY_CONF_CHANGE value */
            ENTRY_CONF_CHANGE = 1
        }

        /** ConfChangeType enum. */
        enum ConfChangeType {

            /** CONF_ADD_LEARNER value */
            CONF_ADD_LEARNER = 0,

            /** CONF_PROMOTE value */
            CONF_PROMOTE = 1,

            /** CONF_REMOVE value */
            CONF_REMOVE = 2
        }

        /**
         * Properties of a ConfChange.
         * @deprecated Use fedmq.v1.ConfChange.$Properties instead.
         */
        interface IConfChange extends fedmq.v1.ConfChange.$Properties {
        }

        /** Represents a ConfChange. */
        class ConfChange {

            /**
             * Constructs a new ConfChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ConfChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfChange type. */
            type: fedmq.v1.ConfChangeType;

            /** ConfChange nodeId. */
            nodeId: number;

            /** ConfChange address. */
            address: string;

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfChange instance
             */
            static create(properties: fedmq.v1.ConfChange.$Shape): fedmq.v1.ConfChange & fedmq.v1.ConfChange.$Shape;
            static create(properties?: fedmq.v1.ConfChange.$Properties): fedmq.v1.ConfChange;

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link fedmq.v1.ConfChange.verify|verify} messages.
             * @param message ConfChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ConfChange & fedmq.v1.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ConfChange & fedmq.v1.ConfChange.$Shape;
        }

        namespace ConfChange {

            /** Properties of a ConfChange. */
            interface $Properties {

                /** ConfChange type */
                type?: (fedmq.v1.ConfChangeType|null);

                /** ConfChange nodeId */
                nodeId?: (number|null);

                /** ConfChange address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfChange. */
            type $Shape = fedmq.v1.ConfChange.$Properties;
        }

        /**
         * Properties of an Entry.
         * @deprecated Use fedmq.v1.Entry.$Properties instead.
         */
        interface IEntry extends fedmq.v1.Entry.$Properties {
        }

        /** Represents an Entry. */
        class Entry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Entry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entry term. */
            term: number;

            /** Entry index. */
            index: number;

            /** Entry type. */
            type: fedmq.v1.EntryType;

            /** Entry data. */
            data: Uint8Array;

            /** Entry confChange. */
            confChange?: (fedmq.v1.ConfChange.$Properties|null);

            /**
             * Creates a new Entry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Entry instance
             */
            static create(properties: fedmq.v1.Entry.$Shape): fedmq.v1.Entry & fedmq.v1.Entry.$Shape;
            static create(properties?: fedmq.v1.Entry.$Properties): fedmq.v1.Entry;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link fedmq.v1.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Entry & fedmq.v1.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Entry & fedmq.v1.Entry.$Shape;
        }

        namespace Entry {

            /** Properties of an Entry. */
            interface $Properties {

                /** Entry term */
                term?: (number|null);

                /** Entry index */
                index?: (number|null);

                /** Entry type */
                type?: (fedmq.v1.EntryType|null);

                /** Entry data */
                data?: (Uint8Array|null);

                /** Entry confChange */
                confChange?: (fedmq.v1.ConfChange.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Entry. */
            type $Shape = fedmq.v1.Entry.$Properties;
        }

        /**
         * Properties of a Member.
         * @deprecated Use fedmq.v1.Member.$Properties instead.
         */
        interface IMember extends fedmq.v1.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member nodeId. */
            nodeId: number;

            /** Member address. */
            address: string;

            /**
             * Creates a new Member instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Member instance
             */
            static create(properties: fedmq.v1.Member.$Shape): fedmq.v1.Member & fedmq.v1.Member.$Shape;
            static create(properties?: fedmq.v1.Member.$Properties): fedmq.v1.Member;

            /**
             * Encodes the specified Member message. Does not implicitly {@link fedmq.v1.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Member & fedmq.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Member & fedmq.v1.Member.$Shape;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member nodeId */
                nodeId?: (number|null);

                /** Member address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = fedmq.v1.Member.$Properties;
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use fedmq.v1.ConfState.$Properties instead.
         */
        interface IConfState extends fedmq.v1.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.ConfState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfState voters. */
            voters: number[];

            /** ConfState learners. */
            learners: number[];

            /** ConfState members. */
            members: fedmq.v1.Member.$Properties[];

            /**
             * Creates a new ConfState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfState instance
             */
            static create(properties: fedmq.v1.ConfState.$Shape): fedmq.v1.ConfState & fedmq.v1.ConfState.$Shape;
            static create(properties?: fedmq.v1.ConfState.$Properties): fedmq.v1.ConfState;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link fedmq.v1.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.ConfState & fedmq.v1.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.ConfState & fedmq.v1.ConfState.$Shape;
        }

        namespace ConfState {

            /** Properties of a ConfState. */
            interface $Properties {

                /** ConfState voters */
                voters?: (number[]|null);

                /** ConfState learners */
                learners?: (number[]|null);

                /** ConfState members */
                members?: (fedmq.v1.Member.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = fedmq.v1.ConfState.$Properties;
        }

        /**
         * Properties of a HardState.
         * @deprecated Use fedmq.v1.HardState.$Properties instead.
         */
        interface IHardState extends fedmq.v1.HardState.$Properties {
        }

        /** Represents a HardState. */
        class HardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.HardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HardState term. */
            term: number;

            /** HardState vote. */
            vote: number;

            /** HardState commit. */
            commit: number;

            /**
             * Creates a new HardState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HardState instance
             */
            static create(properties: fedmq.v1.HardState.$Shape): fedmq.v1.HardState & fedmq.v1.HardState.$Shape;
            static create(properties?: fedmq.v1.HardState.$Properties): fedmq.v1.HardState;

            /**
             * Encodes the specified HardState message. Does not implicitly {@link fedmq.v1.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.HardState & fedmq.v1.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.HardState & fedmq.v1.HardState.$Shape;
        }

        namespace HardState {

            /** Properties of a HardState. */
            interface $Properties {

                /** HardState term */
                term?: (number|null);

                /** HardState vote */
                vote?: (number|null);

                /** HardState commit */
                commit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HardState. */
            type $Shape = fedmq.v1.HardState.$Properties;
        }

        /**
         * Properties of a SnapshotMeta.
         * @deprecated Use fedmq.v1.SnapshotMeta.$Properties instead.
         */
        interface ISnapshotMeta extends fedmq.v1.SnapshotMeta.$Properties {
        }

        /** Represents a SnapshotMeta. */
        class SnapshotMeta {

            /**
             * Constructs a new SnapshotMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SnapshotMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotMeta index. */
            index: number;

            /** SnapshotMeta term. */
            term: number;

            /** SnapshotMeta confState. */
            confState?: (fedmq.v1.ConfState.$Properties|null);

            /**
             * Creates a new SnapshotMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotMeta instance
             */
            static create(properties: fedmq.v1.SnapshotMeta.$Shape): fedmq.v1.SnapshotMeta & fedmq.v1.SnapshotMeta.$Shape;
            static create(properties?: fedmq.v1.SnapshotMeta.$Properties): fedmq.v1.SnapshotMeta;

            /**
             * Encodes the specified SnapshotMeta message. Does not implicitly {@link fedmq.v1.SnapshotMeta.verify|verify} messages.
             * @param message SnapshotMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotMeta & fedmq.v1.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SnapshotMeta & fedmq.v1.SnapshotMeta.$Shape;
        }

        namespace SnapshotMeta {

            /** Properties of a SnapshotMeta. */
            interface $Properties {

                /** SnapshotMeta index */
                index?: (number|null);

                /** SnapshotMeta term */
                term?: (number|null);

                /** SnapshotMeta confState */
                confState?: (fedmq.v1.ConfState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotMeta. */
            type $Shape = fedmq.v1.SnapshotMeta.$Properties;
        }

        /**
         * Properties of a Snapshot.
         * @deprecated Use fedmq.v1.Snapshot.$Properties instead.
         */
        interface ISnapshot extends fedmq.v1.Snapshot.$Properties {
        }

        /** Represents a Snapshot. */
        class Snapshot {

            /**
             * Constructs a new Snapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.Snapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Snapshot meta. */
            meta?: (fedmq.v1.SnapshotMeta.$Properties|null);

            /** Snapshot data. */
            data: Uint8Array;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Snapshot instance
             */
            static create(properties: fedmq.v1.Snapshot.$Shape): fedmq.v1.Snapshot & fedmq.v1.Snapshot.$Shape;
            static create(properties?: fedmq.v1.Snapshot.$Properties): fedmq.v1.Snapshot;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link fedmq.v1.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.Snapshot & fedmq.v1.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.Snapshot & fedmq.v1.Snapshot.$Shape;
        }

        namespace Snapshot {

            /** Properties of a Snapshot. */
            interface $Properties {

                /** Snapshot meta */
                meta?: (fedmq.v1.SnapshotMeta.$Properties|null);

                /** Snapshot data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Snapshot. */
            type $Shape = fedmq.v1.Snapshot.$Properties;
        }

        /** MessageType enum. */
        enum MessageType {

            /** MSG_UNSPECIFIED value */
            MSG_UNSPECIFIED = 0,

            /** MSG_APP value */
            MSG_APP = 1,

            /** MSG_APP_RESP value */
            MSG_APP_RESP = 2,

            /** MSG_VOTE value */
            MSG_VOTE = 3,

            /** MSG_VOTE_RESP value */
            MSG_VOTE_RESP = 4,

            /** MSG_PRE_VOTE value */
            MSG_PRE_VOTE = 5,

            /** MSG_PRE_VOTE_RESP value */
            MSG_PRE_VOTE_RESP = 6,

            /** MSG_HEARTBEAT value */
            MSG_HEARTBEAT = 7,

            /** MSG_HEARTBEAT_RESP value */
            MSG_HEARTBEAT_RESP = 8,

            /** MSG_SNAP value */
            MSG_SNAP = 9,

            /** MSG_TIMEOUT_NOW value */
            MSG_TIMEOUT_NOW = 10,

            /** MSG_READ_INDEX value */
            MSG_READ_INDEX = 11,

            /** MSG_READ_INDEX_RESP value */
            MSG_READ_INDEX_RESP = 12,

            /** MSG_TRANSFER_LEADER value */
            MSG_TRANSFER_LEADER = 13
        }

        /**
         * Properties of a RaftMessage.
         * @deprecated Use fedmq.v1.RaftMessage.$Properties instead.
         */
        interface IRaftMessage extends fedmq.v1.RaftMessage.$Properties {
        }

        /** Represents a RaftMessage. */
        class RaftMessage {

            /**
             * Constructs a new RaftMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RaftMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftMessage type. */
            type: fedmq.v1.MessageType;

            /** RaftMessage to. */
            to: number;

            /** RaftMessage from. */
            from: number;

            /** RaftMessage term. */
            term: number;

            /** RaftMessage logTerm. */
            logTerm: number;

            /** RaftMessage index. */
            index: number;

            /** RaftMessage entries. */
            entries: fedmq.v1.Entry.$Properties[];

            /** RaftMessage commit. */
            commit: number;

            /** RaftMessage snapshot. */
            snapshot?: (fedmq.v1.Snapshot.$Properties|null);

            /** RaftMessage reject. */
            reject: boolean;

            /** RaftMessage rejectHint. */
            rejectHint: number;

            /** RaftMessage hintTerm. */
            hintTerm: number;

            /** RaftMessage context. */
            context: Uint8Array;

            /**
             * Creates a new RaftMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftMessage instance
             */
            static create(properties: fedmq.v1.RaftMessage.$Shape): fedmq.v1.RaftMessage & fedmq.v1.RaftMessage.$Shape;
            static create(properties?: fedmq.v1.RaftMessage.$Properties): fedmq.v1.RaftMessage;

            /**
             * Encodes the specified RaftMessage message. Does not implicitly {@link fedmq.v1.RaftMessage.verify|verify} messages.
             * @param message RaftMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RaftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RaftMessage & fedmq.v1.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RaftMessage & fedmq.v1.RaftMessage.$Shape;
        }

        namespace RaftMessage {

            /** Properties of a RaftMessage. */
            interface $Properties {

                /** RaftMessage type */
                type?: (fedmq.v1.MessageType|null);

                /** RaftMessage to */
                to?: (number|null);

                /** RaftMessage from */
                from?: (number|null);

                /** RaftMessage term */
                term?: (number|null);

                /** RaftMessage logTerm */
                logTerm?: (number|null);

                /** RaftMessage index */
                index?: (number|null);

                /** RaftMessage entries */
                entries?: (fedmq.v1.Entry.$Properties[]|null);

                /** RaftMessage commit */
                commit?: (number|null);

                /** RaftMessage snapshot */
                snapshot?: (fedmq.v1.Snapshot.$Properties|null);

                /** RaftMessage reject */
                reject?: (boolean|null);

                /** RaftMessage rejectHint */
                rejectHint?: (number|null);

                /** RaftMessage hintTerm */
                hintTerm?: (number|null);

                /** RaftMessage context */
                context?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftMessage. */
            type $Shape = fedmq.v1.RaftMessage.$Properties;
        }

        /**
         * Properties of a SnapshotRecord.
         * @deprecated Use fedmq.v1.SnapshotRecord.$Properties instead.
         */
        interface ISnapshotRecord extends fedmq.v1.SnapshotRecord.$Properties {
        }

        /** Represents a SnapshotRecord. */
        class SnapshotRecord {

            /**
             * Constructs a new SnapshotRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SnapshotRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotRecord db. */
            db: string;

            /** SnapshotRecord key. */
            key: Uint8Array;

            /** SnapshotRecord value. */
            value: Uint8Array;

            /**
             * Creates a new SnapshotRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotRecord instance
             */
            static create(properties: fedmq.v1.SnapshotRecord.$Shape): fedmq.v1.SnapshotRecord & fedmq.v1.SnapshotRecord.$Shape;
            static create(properties?: fedmq.v1.SnapshotRecord.$Properties): fedmq.v1.SnapshotRecord;

            /**
             * Encodes the specified SnapshotRecord message. Does not implicitly {@link fedmq.v1.SnapshotRecord.verify|verify} messages.
             * @param message SnapshotRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SnapshotRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotRecord & fedmq.v1.SnapshotRecord.$Shape} SnapshotRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SnapshotRecord & fedmq.v1.SnapshotRecord.$Shape;
        }

        namespace SnapshotRecord {

            /** Properties of a SnapshotRecord. */
            interface $Properties {

                /** SnapshotRecord db */
                db?: (string|null);

                /** SnapshotRecord key */
                key?: (Uint8Array|null);

                /** SnapshotRecord value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotRecord. */
            type $Shape = fedmq.v1.SnapshotRecord.$Properties;
        }

        /**
         * Properties of a StreamHello.
         * @deprecated Use fedmq.v1.StreamHello.$Properties instead.
         */
        interface IStreamHello extends fedmq.v1.StreamHello.$Properties {
        }

        /** Represents a StreamHello. */
        class StreamHello {

            /**
             * Constructs a new StreamHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.StreamHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamHello protocolVersion. */
            protocolVersion: number;

            /** StreamHello clusterId. */
            clusterId: string;

            /** StreamHello siteId. */
            siteId: string;

            /** StreamHello fromNode. */
            fromNode: number;

            /** StreamHello toNode. */
            toNode: number;

            /**
             * Creates a new StreamHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamHello instance
             */
            static create(properties: fedmq.v1.StreamHello.$Shape): fedmq.v1.StreamHello & fedmq.v1.StreamHello.$Shape;
            static create(properties?: fedmq.v1.StreamHello.$Properties): fedmq.v1.StreamHello;

            /**
             * Encodes the specified StreamHello message. Does not implicitly {@link fedmq.v1.StreamHello.verify|verify} messages.
             * @param message StreamHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.StreamHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.StreamHello & fedmq.v1.StreamHello.$Shape} StreamHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.StreamHello & fedmq.v1.StreamHello.$Shape;
        }

        namespace StreamHello {

            /** Properties of a StreamHello. */
            interface $Properties {

                /** StreamHello protocolVersion */
                protocolVersion?: (number|null);

                /** StreamHello clusterId */
                clusterId?: (string|null);

                /** StreamHello siteId */
                siteId?: (string|null);

                /** StreamHello fromNode */
                fromNode?: (number|null);

                /** StreamHello toNode */
                toNode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamHello. */
            type $Shape = fedmq.v1.StreamHello.$Properties;
        }

        /**
         * Properties of a RaftBatch.
         * @deprecated Use fedmq.v1.RaftBatch.$Properties instead.
         */
        interface IRaftBatch extends fedmq.v1.RaftBatch.$Properties {
        }

        /** Represents a RaftBatch. */
        class RaftBatch {

            /**
             * Constructs a new RaftBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RaftBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftBatch messages. */
            messages: fedmq.v1.RaftMessage.$Properties[];

            /**
             * Creates a new RaftBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftBatch instance
             */
            static create(properties: fedmq.v1.RaftBatch.$Shape): fedmq.v1.RaftBatch & fedmq.v1.RaftBatch.$Shape;
            static create(properties?: fedmq.v1.RaftBatch.$Properties): fedmq.v1.RaftBatch;

            /**
             * Encodes the specified RaftBatch message. Does not implicitly {@link fedmq.v1.RaftBatch.verify|verify} messages.
             * @param message RaftBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RaftBatch & fedmq.v1.RaftBatch.$Shape} RaftBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RaftBatch & fedmq.v1.RaftBatch.$Shape;
        }

        namespace RaftBatch {

            /** Properties of a RaftBatch. */
            interface $Properties {

                /** RaftBatch messages */
                messages?: (fedmq.v1.RaftMessage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftBatch. */
            type $Shape = fedmq.v1.RaftBatch.$Properties;
        }

        /**
         * Properties of a RaftFrame.
         * @deprecated Use fedmq.v1.RaftFrame.$Properties instead.
         */
        interface IRaftFrame extends fedmq.v1.RaftFrame.$Properties {
        }

        /** Represents a RaftFrame. */
        class RaftFrame {

            /**
             * Constructs a new RaftFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.RaftFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftFrame hello. */
            hello?: (fedmq.v1.StreamHello.$Properties|null);

            /** RaftFrame batch. */
            batch?: (fedmq.v1.RaftBatch.$Properties|null);

            /** RaftFrame body. */
            body?: ("hello"|"batch");

            /**
             * Creates a new RaftFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftFrame instance
             */
            static create(properties: fedmq.v1.RaftFrame.$Shape): fedmq.v1.RaftFrame & fedmq.v1.RaftFrame.$Shape;
            static create(properties?: fedmq.v1.RaftFrame.$Properties): fedmq.v1.RaftFrame;

            /**
             * Encodes the specified RaftFrame message. Does not implicitly {@link fedmq.v1.RaftFrame.verify|verify} messages.
             * @param message RaftFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.RaftFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.RaftFrame & fedmq.v1.RaftFrame.$Shape} RaftFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.RaftFrame & fedmq.v1.RaftFrame.$Shape;
        }

        namespace RaftFrame {

            /** Properties of a RaftFrame. */
            interface $Properties {

                /** RaftFrame hello */
                hello?: (fedmq.v1.StreamHello.$Properties|null);

                /** RaftFrame batch */
                batch?: (fedmq.v1.RaftBatch.$Properties|null);

                /** RaftFrame body */
                body?: ("hello"|"batch");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RaftFrame. */
            type $Shape = {
              hello?: fedmq.v1.StreamHello.$Shape|null;
              batch?: fedmq.v1.RaftBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; batch?: null }|{ body?: "hello"; hello: fedmq.v1.StreamHello.$Shape; batch?: null }|{ body?: "batch"; hello?: null; batch: fedmq.v1.RaftBatch.$Shape })
            );
        }

        /**
         * Properties of a SnapshotChunk.
         * @deprecated Use fedmq.v1.SnapshotChunk.$Properties instead.
         */
        interface ISnapshotChunk extends fedmq.v1.SnapshotChunk.$Properties {
        }

        /** Represents a SnapshotChunk. */
        class SnapshotChunk {

            /**
             * Constructs a new SnapshotChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SnapshotChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotChunk hello. */
            hello?: (fedmq.v1.StreamHello.$Properties|null);

            /** SnapshotChunk message. */
            message?: (fedmq.v1.RaftMessage.$Properties|null);

            /** SnapshotChunk offset. */
            offset: number;

            /** SnapshotChunk data. */
            data: Uint8Array;

            /** SnapshotChunk last. */
            last: boolean;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotChunk instance
             */
            static create(properties: fedmq.v1.SnapshotChunk.$Shape): fedmq.v1.SnapshotChunk & fedmq.v1.SnapshotChunk.$Shape;
            static create(properties?: fedmq.v1.SnapshotChunk.$Properties): fedmq.v1.SnapshotChunk;

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link fedmq.v1.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotChunk & fedmq.v1.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SnapshotChunk & fedmq.v1.SnapshotChunk.$Shape;
        }

        namespace SnapshotChunk {

            /** Properties of a SnapshotChunk. */
            interface $Properties {

                /** SnapshotChunk hello */
                hello?: (fedmq.v1.StreamHello.$Properties|null);

                /** SnapshotChunk message */
                message?: (fedmq.v1.RaftMessage.$Properties|null);

                /** SnapshotChunk offset */
                offset?: (number|null);

                /** SnapshotChunk data */
                data?: (Uint8Array|null);

                /** SnapshotChunk last */
                last?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotChunk. */
            type $Shape = fedmq.v1.SnapshotChunk.$Properties;
        }

        /**
         * Properties of a SnapshotResult.
         * @deprecated Use fedmq.v1.SnapshotResult.$Properties instead.
         */
        interface ISnapshotResult extends fedmq.v1.SnapshotResult.$Properties {
        }

        /** Represents a SnapshotResult. */
        class SnapshotResult {

            /**
             * Constructs a new SnapshotResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.SnapshotResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotResult accepted. */
            accepted: boolean;

            /** SnapshotResult reason. */
            reason: string;

            /**
             * Creates a new SnapshotResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotResult instance
             */
            static create(properties: fedmq.v1.SnapshotResult.$Shape): fedmq.v1.SnapshotResult & fedmq.v1.SnapshotResult.$Shape;
            static create(properties?: fedmq.v1.SnapshotResult.$Properties): fedmq.v1.SnapshotResult;

            /**
             * Encodes the specified SnapshotResult message. Does not implicitly {@link fedmq.v1.SnapshotResult.verify|verify} messages.
             * @param message SnapshotResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.SnapshotResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotResult & fedmq.v1.SnapshotResult.$Shape} SnapshotResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.SnapshotResult & fedmq.v1.SnapshotResult.$Shape;
        }

        namespace SnapshotResult {

            /** Properties of a SnapshotResult. */
            interface $Properties {

                /** SnapshotResult accepted */
                accepted?: (boolean|null);

                /** SnapshotResult reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotResult. */
            type $Shape = fedmq.v1.SnapshotResult.$Properties;
        }

        /**
         * Properties of a StompChunk.
         * @deprecated Use fedmq.v1.StompChunk.$Properties instead.
         */
        interface IStompChunk extends fedmq.v1.StompChunk.$Properties {
        }

        /** Represents a StompChunk. */
        class StompChunk {

            /**
             * Constructs a new StompChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: fedmq.v1.StompChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StompChunk data. */
            data: Uint8Array;

            /**
             * Creates a new StompChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StompChunk instance
             */
            static create(properties: fedmq.v1.StompChunk.$Shape): fedmq.v1.StompChunk & fedmq.v1.StompChunk.$Shape;
            static create(properties?: fedmq.v1.StompChunk.$Properties): fedmq.v1.StompChunk;

            /**
             * Encodes the specified StompChunk message. Does not implicitly {@link fedmq.v1.StompChunk.verify|verify} messages.
             * @param message StompChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: fedmq.v1.StompChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StompChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {fedmq.v1.StompChunk & fedmq.v1.StompChunk.$Shape} StompChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fedmq.v1.StompChunk & fedmq.v1.StompChunk.$Shape;
        }

        namespace StompChunk {

            /** Properties of a StompChunk. */
            interface $Properties {

                /** StompChunk data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StompChunk. */
            type $Shape = fedmq.v1.StompChunk.$Properties;
        }
    }
}
