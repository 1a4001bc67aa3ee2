// The command runs in Node, unlike the rest of src/: its modules see Node's types.
/// <reference types="node" />
