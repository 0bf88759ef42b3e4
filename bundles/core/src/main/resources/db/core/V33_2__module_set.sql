-- The cluster's module set (issue 26 point 3): which modules the platform nodes on this database are to run, and what
-- each node reached. A module without a row here is nobody's decision yet: a node keeps what its distribution booted
-- and records it as wanted (so no installed module disappears when an existing installation is upgraded).
CREATE TABLE CORE_MODULE_DESIRED (
    MODULE_ID  VARCHAR(64)  NOT NULL PRIMARY KEY,
    INSTALLED  BOOLEAN      NOT NULL,
    CHANGED_BY VARCHAR(200) NOT NULL,
    CHANGED_AT TIMESTAMP    NOT NULL
);

-- Each node's state of each module the set names: INSTALLED, FAILED (with the reason) or ABSENT. A node writes only its
-- own rows; UPDATED_AT is when its state or reason last changed.
CREATE TABLE CORE_MODULE_NODE_STATE (
    NODE_ID    VARCHAR(200)  NOT NULL,
    MODULE_ID  VARCHAR(64)   NOT NULL,
    STATE      VARCHAR(16)   NOT NULL,
    REASON     VARCHAR(2000),
    UPDATED_AT TIMESTAMP     NOT NULL,
    CONSTRAINT CORE_MODULE_NODE_STATE_PK PRIMARY KEY (NODE_ID, MODULE_ID)
);
