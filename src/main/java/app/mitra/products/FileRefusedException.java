package app.mitra.products;

import java.util.List;

/** An uploaded file that cannot be used whole: nothing from it is stored. */
public class FileRefusedException extends RuntimeException {

    private final List<LineProblem> problems;

    public FileRefusedException(List<LineProblem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was saved");
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
