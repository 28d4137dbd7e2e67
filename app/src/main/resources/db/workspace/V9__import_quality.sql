-- The quality history: the figures each import kept of each file (rows, freshness as the span of its dates, the
-- missing share of every column), keyed by the data set the import registered, so the Data section can chart them
-- across imports and flag drifts. Rows are only added. Portable SQL (H2 and PostgreSQL); idempotent for the same
-- reason as V1.

CREATE TABLE IF NOT EXISTS import_quality_files (
    data_set_id BIGINT       NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    position    INT          NOT NULL,
    row_count   BIGINT       NOT NULL,
    earliest    TIMESTAMP(9) WITH TIME ZONE,
    latest      TIMESTAMP(9) WITH TIME ZONE,
    CONSTRAINT import_quality_files_pk PRIMARY KEY (data_set_id, file_name),
    CONSTRAINT import_quality_files_data_set FOREIGN KEY (data_set_id) REFERENCES data_sets (id)
);

CREATE TABLE IF NOT EXISTS import_quality_columns (
    data_set_id   BIGINT           NOT NULL,
    file_name     VARCHAR(200)     NOT NULL,
    column_name   VARCHAR(200)     NOT NULL,
    position      INT              NOT NULL,
    missing_share DOUBLE PRECISION NOT NULL,
    CONSTRAINT import_quality_columns_pk PRIMARY KEY (data_set_id, file_name, column_name),
    CONSTRAINT import_quality_columns_file FOREIGN KEY (data_set_id, file_name)
        REFERENCES import_quality_files (data_set_id, file_name)
);
