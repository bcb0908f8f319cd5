package app.mitra.testing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;

/** The fields a piece of code refuses, so a test can say which rule fired. */
public final class Refusals {

    private Refusals() {
    }

    public static List<String> fieldsRefusedBy(ThrowingCallable code) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, code);
        if (refusal == null) {
            throw new AssertionError("expected the input to be refused, but it was accepted");
        }
        return refusal.problems().stream().map(FieldProblem::field).toList();
    }
}
