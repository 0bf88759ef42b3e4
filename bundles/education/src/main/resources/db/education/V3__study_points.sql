-- Education v3: study points (积分). A rule awards points per approved study hour of a credit source; the district
-- sets them (a source without a row uses the built-in rule). Points are computed from the credits, never stored.
CREATE TABLE EDU_POINT_RULE (
    SOURCE          VARCHAR(16)  NOT NULL PRIMARY KEY,
    POINTS_PER_HOUR DECIMAL(4,1) NOT NULL,
    UPDATED_AT      TIMESTAMP    NOT NULL,
    UPDATED_BY      VARCHAR(100) NOT NULL,
    VERSION         BIGINT       NOT NULL
);
