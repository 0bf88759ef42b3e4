package org.grassroots.education.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The materials of an online course as files (a PDF of the reading, slides, a recording's transcript), kept in core's
 * attachment store under the course: added and removed by those who manage courses (the course's unit in scope),
 * read by them with the module's read permission and, once the course is published, by the members below its unit
 * with theirs (core's read-below permission), who download them at {@code /api/core/attachments/{id}/content}.
 * A withdrawn course's files are frozen (409); at most {@link #MAX_FILES} per course.
 */
@Component(service = CourseFiles.class)
public class CourseFiles {
    static final String OWNER_TYPE = "course";
    static final int MAX_FILES = 20;

    private final JpaTemplate jpa;
    private final Courses courses;
    private final Exams exams;
    private final RecordFiles files;

    @Activate
    public CourseFiles(@Reference(target = EducationModule.UNIT) JpaTemplate jpa, @Reference Courses courses,
                       @Reference Exams exams, @Reference AttachmentStore files, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.courses = courses;
        this.exams = exams;
        this.files = new RecordFiles(files, audit, OWNER_TYPE, Courses.TYPE, "FILE", MAX_FILES);
    }

    /** Stores one file of the course and answers its files, oldest first. */
    public List<Attachment> add(long courseId, String fileName, byte[] bytes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity c = open(em, courseId);
            // readable below the course's unit: the members it is published for download its files
            Attachment stored = files.store(new AttachmentOwner(EducationModule.ID, OWNER_TYPE, c.id, c.unitId,
                    EducationModule.READ, EducationModule.COURSE_MANAGE, EducationModule.OWN), fileName, bytes,
                    () -> EducationMessages.TEXT.conflict("course.filesFull", c.title, MAX_FILES));
            return files.added(courseId, stored);
        });
    }

    /** The course's files, for those who manage and read courses. */
    public List<Attachment> list(long courseId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            courses.visible(em, courseId);
            return files.list(courseId);
        });
    }

    /** The files of a published course of the member's organization or a unit above it (404 for any other). */
    public List<Attachment> mine(long courseId) {
        var me = exams.me();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Exams.open(em, courseId, me);
            return files.list(courseId);
        });
    }

    /** Removes one file of the course (404 when the file is not one of this course's). */
    public List<Attachment> remove(long courseId, long fileId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            open(em, courseId);
            return files.remove(courseId, fileId);
        });
    }

    /** One byte more than core's store accepts: enough to know a body is too large without reading all of it. */
    public int readLimit() {
        return files.readLimit();
    }

    private CourseEntity open(EntityManager em, long courseId) {
        CourseEntity c = courses.visible(em, courseId);
        if (c.status == CourseStatus.WITHDRAWN) {
            throw EducationMessages.TEXT.conflict("course.withdrawnNoEdit", c.title);
        }
        return c;
    }
}
