import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace fedmq. */
export namespace fedmq {

    /** Namespace v1. */
    namespace v1 {

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
    }
}
