package io.dossier.admin.view.transfer;

import io.dossier.admin.transfer.ImportJobs;
import io.dossier.admin.view.Feedback;
import io.dossier.core.security.Capability;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Tools › Import: the form posts to the upload servlet, which comes back here with {@code ?job=ID}
 * (the page then polls the job until its report) or {@code ?refused=why}. View-scoped: the polls
 * are postbacks, which carry no {@code ?job=}.
 */
@Named("imports")
@ViewScoped
public class ImportBacking implements Serializable {

    @Inject
    ImportJobs jobs;

    @Inject
    Feedback feedback;

    private String job;
    private String refused;

    private Boolean allowed;

    public boolean isAllowed() {
        if (allowed == null) {
            allowed = feedback.permits(Capability.IMPORT, "import content");
        }
        return allowed;
    }

    /** f:viewAction: says why the upload came back without a job. */
    public void explainRefusal() {
        if (refused == null) {
            return;
        }
        feedback.error(
                switch (refused) {
                    case "empty" -> "Choose a WordPress export file (.xml) to import.";
                    case "busy" -> "An import is running; wait for its report before starting another.";
                    case "too-large" -> "The file is larger than 1 GB, or the upload broke off; nothing was imported.";
                    default -> "The upload was refused; try again.";
                });
    }

    /** The job of {@code ?job=ID}, null when there is none (or the server restarted since). */
    public ImportJobs.Status getCurrent() {
        return jobs.status(job).orElse(null);
    }

    /** Whether the page shows a job still running (and so keeps polling). */
    public boolean isRunning() {
        return getCurrent() != null && getCurrent().running();
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }
}
