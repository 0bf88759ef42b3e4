package org.grassroots.education.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.education.internal.Course;
import org.grassroots.education.internal.CourseAction;
import org.grassroots.education.internal.CourseDraft;
import org.grassroots.education.internal.CourseFiles;
import org.grassroots.education.internal.CourseStatus;
import org.grassroots.education.internal.Courses;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.ExamAnswers;
import org.grassroots.education.internal.ExamResult;
import org.grassroots.education.internal.Exams;
import org.grassroots.education.internal.MyCourse;
import org.grassroots.education.internal.QuestionsDraft;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Online courses (网络课程) and their exams: {@code /courses} as units prepare and publish them (materials, hours,
 * pass mark, the question bank), {@code /my/courses} as members read them and take the exam in the browser. Writes of
 * a course take its ETag in {@code If-Match} (or {@code ?version=}).
 */
@Component(service = CourseResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {
    private final Courses courses;
    private final Exams exams;
    private final CourseFiles files;

    @Activate
    public CourseResource(@Reference Courses courses, @Reference Exams exams, @Reference CourseFiles files) {
        this.courses = courses;
        this.exams = exams;
        this.files = files;
    }

    /** The courses of the unit's subtree, {@code status} to filter. */
    @GET
    @Path("courses")
    public Page<Course> search(@QueryParam("unit") Long unit, @QueryParam("status") CourseStatus status, @BeanParam PageParams page) {
        return courses.search(unit, status, page.toRequest());
    }

    @POST
    @Path("courses")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    @Returns(Course.class)
    public Response create(CourseDraft draft) {
        return Responses.created("courses", courses.create(draft));
    }

    /** A course with its question bank and the right answers, and how many members took and passed the exam. */
    @GET
    @Path("courses/{id}")
    @Returns(Course.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(courses.get(id));
    }

    /** Edits a draft course (its unit is fixed). */
    @PUT
    @Path("courses/{id}")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    @Returns(Course.class)
    public Response update(@PathParam("id") long id, CourseDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(courses.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Replaces the question bank of a draft course: {@code {"questions": [{"text", "choices": [...], "answer": 0}]}}. */
    @PUT
    @Path("courses/{id}/questions")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    @Returns(Course.class)
    public Response questions(@PathParam("id") long id, QuestionsDraft draft, @Context HttpHeaders headers,
                              @QueryParam("version") Long version) {
        return Responses.ok(courses.questions(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Opens a draft course to members (needs a material and a question). */
    @POST
    @Path("courses/{id}/publish")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    @Returns(Course.class)
    public Response publish(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, CourseAction.PUBLISH, headers, version);
    }

    /** Closes a published course: members no longer take its exam; the hours credited stay. */
    @POST
    @Path("courses/{id}/withdraw")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    @Returns(Course.class)
    public Response withdraw(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, CourseAction.WITHDRAW, headers, version);
    }

    /** Takes a withdrawn course back to draft, so that its materials and questions can change. */
    @POST
    @Path("courses/{id}/revise")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    @Returns(Course.class)
    public Response revise(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, CourseAction.REVISE, headers, version);
    }

    /** The published courses for the signed-in member (their organization's and those of the units above). */
    @GET
    @Path("my/courses")
    @RequiresPermission(EducationModule.OWN)
    public List<MyCourse> myCourses() {
        return exams.myCourses();
    }

    /** One course for the member: the materials and the questions, without the answers. */
    @GET
    @Path("my/courses/{id}")
    @RequiresPermission(EducationModule.OWN)
    public MyCourse myCourse(@PathParam("id") long id) {
        return exams.myCourse(id);
    }

    /** The member's answers, one choice index per question; scored at once, the first pass credits the hours. */
    @POST
    @Path("my/courses/{id}/exam")
    @RequiresPermission(EducationModule.OWN)
    public ExamResult exam(@PathParam("id") long id, ExamAnswers answers) {
        return exams.take(id, answers);
    }

    /** The course's files, oldest first (core's attachment store; downloaded at {@code /api/core/attachments/{id}/content}). */
    @GET
    @Path("courses/{id}/files")
    public List<Attachment> files(@PathParam("id") long id) {
        return files.list(id);
    }

    /** Adds a file of the course: the raw file as the body, {@code ?filename=}; core recognises its type from the bytes. */
    @POST
    @Path("courses/{id}/files")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    public List<Attachment> addFile(@PathParam("id") long id, @QueryParam("filename") String filename, InputStream body)
            throws IOException {
        return files.add(id, filename, body.readNBytes(files.readLimit()));
    }

    @DELETE
    @Path("courses/{id}/files/{fileId}")
    @RequiresPermission(EducationModule.COURSE_MANAGE)
    public List<Attachment> removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return files.remove(id, fileId);
    }

    /** The files of a published course for the member, to download at {@code /api/core/attachments/{id}/content}. */
    @GET
    @Path("my/courses/{id}/files")
    @RequiresPermission(EducationModule.OWN)
    public List<Attachment> myFiles(@PathParam("id") long id) {
        return files.mine(id);
    }

    private Response step(long id, CourseAction action, HttpHeaders headers, Long version) {
        return Responses.ok(courses.step(id, Preconditions.requiredVersion(headers, version), action));
    }
}
