package org.campcoplanner.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.Arrays;

/** File uploads whose own words (the button, the drop zone, its errors) are in the page's language. */
public final class Uploads {

    private Uploads() {
    }

    /** Gives {@code upload} its words in its page's language; the drop label stays the caller's to set. */
    public static Upload speaking(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(say(upload, "add-one")).setMany(say(upload, "add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(say(upload, "drop-one")).setMany(say(upload, "drop-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(say(upload, "too-many-files"))
                .setFileIsTooBig(say(upload, "file-too-big")).setIncorrectFileType(say(upload, "incorrect-file-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(say(upload, "connecting"))
                        .setStalled(say(upload, "stalled")).setProcessing(say(upload, "processing"))
                        .setHeld(say(upload, "held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(say(upload, "remaining"))
                        .setUnknown(say(upload, "remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(say(upload, "server-unavailable"))
                        .setUnexpectedServerError(say(upload, "server-error")).setForbidden(say(upload, "forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(say(upload, "retry")).setStart(say(upload, "start"))
                .setRemove(say(upload, "remove")));
        i18n.setUnits(Arrays.asList(say(upload, "units").split(",")));
        upload.setI18n(i18n);
        return upload;
    }

    private static String say(Upload upload, String what) {
        return upload.getTranslation("base.upload." + what);
    }
}
