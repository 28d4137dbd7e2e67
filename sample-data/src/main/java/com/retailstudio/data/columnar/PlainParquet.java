package com.retailstudio.data.columnar;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * What parquet-java needs to run without Hadoop on the class path. Its codec factories and both public builders of
 * read options construct Hadoop objects, so the pages are written uncompressed (the files stay readable by every
 * Parquet reader, and nothing needs a native codec) and the read options come from their own constructor.
 */
final class PlainParquet {

    /** Passes uncompressed pages through; any other codec is refused with the file's name by the reader. */
    static final CompressionCodecFactory UNCOMPRESSED = new CompressionCodecFactory() {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            requireUncompressed(codec);
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) {
                    return bytes;
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.UNCOMPRESSED;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            requireUncompressed(codec);
            return new BytesInputDecompressor() {
                @Override
                public BytesInput decompress(BytesInput bytes, int uncompressedSize) {
                    return bytes;
                }

                @Override
                public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
                    output.put(input);
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public void release() {
        }
    };

    private static final ParquetReadOptions READ_OPTIONS = newReadOptions();

    private PlainParquet() {
    }

    static ParquetReadOptions readOptions() {
        return READ_OPTIONS;
    }

    private static void requireUncompressed(CompressionCodecName codec) {
        if (codec != CompressionCodecName.UNCOMPRESSED) {
            throw new IllegalStateException("The columnar data set is written uncompressed; a " + codec
                    + " column chunk was not written by Retail Studio's import.");
        }
    }

    /**
     * The options {@code ParquetReadOptions.Builder.build()} would make, minus the Hadoop codec factory the builder
     * creates in its constructor. The constructor is package-private in parquet-java 1.18; {@code ColumnarRoundTripTest}
     * fails when an upgrade changes it.
     */
    private static ParquetReadOptions newReadOptions() {
        try {
            Constructor<ParquetReadOptions> constructor = ParquetReadOptions.class.getDeclaredConstructor(
                    boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, boolean.class, FilterCompat.Filter.class,
                    ParquetMetadataConverter.MetadataFilter.class, CompressionCodecFactory.class,
                    ByteBufferAllocator.class, int.class, Map.class, FileDecryptionProperties.class,
                    ParquetMetricsCallback.class, ParquetConfiguration.class);
            constructor.setAccessible(true);
            return constructor.newInstance(
                    true, // useSignedStringMinMax
                    false, false, false, false, // stats, dictionary, record and column-index filters: we read every row
                    false, // page checksums
                    false, // bloom filters
                    false, // off-heap decryption buffer
                    false, // Hadoop vectored IO
                    FilterCompat.NOOP, ParquetMetadataConverter.NO_FILTER, UNCOMPRESSED,
                    HeapByteBufferAllocator.getInstance(), 8 << 20, Map.of(), null, null,
                    new PlainParquetConfiguration());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This parquet-java has no read-options constructor Retail Studio knows: "
                    + e, e);
        }
    }

    static IOException wrap(String what, Exception e) {
        return e instanceof IOException io ? io : new IOException(what + ": " + e.getMessage(), e);
    }
}
