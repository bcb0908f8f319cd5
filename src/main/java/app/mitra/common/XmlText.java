package app.mitra.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Text without the characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage
 * return, U+FFFE, U+FFFF and unpaired surrogates. One such character in a note made the PDF renderer
 * refuse the whole report, and FHIR forbids them too, so text is cleaned when it comes in and again
 * where Mitra writes it out (entries stored before the cleaning may still hold them).
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text without forbidden characters; the same instance when it has none (the usual case). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * The value with every string in it cleaned: in records (rebuilt through their canonical
     * constructor), lists, sets, map values and optionals, however deep. What reports and exports
     * read passes through here once, so no stored entry reaches a renderer with a forbidden character
     * whatever module it comes from. Unchanged parts stay the same instances.
     */
    @SuppressWarnings("unchecked")
    public static <T> T cleanAll(T value) {
        return (T) deep(value);
    }

    private static Object deep(Object value) {
        if (value instanceof String text) {
            return clean(text);
        }
        if (value instanceof List<?> list) {
            List<Object> cleaned = cleaned(list);
            return cleaned == null ? list : Collections.unmodifiableList(cleaned);
        }
        if (value instanceof Set<?> set) {
            List<Object> cleaned = cleaned(set);
            return cleaned == null ? set : Collections.unmodifiableSet(new LinkedHashSet<>(cleaned));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> cleaned = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object entryValue = deep(entry.getValue());
                changed |= entryValue != entry.getValue();
                cleaned.put(entry.getKey(), entryValue);
            }
            return changed ? Collections.unmodifiableMap(cleaned) : map;
        }
        if (value instanceof Optional<?> optional && optional.isPresent()) {
            Object inside = deep(optional.get());
            return inside == optional.get() ? optional : Optional.of(inside);
        }
        if (value instanceof Record record) {
            return record(record);
        }
        return value;
    }

    /** The cleaned elements, or null when none changed. */
    private static List<Object> cleaned(Collection<?> values) {
        List<Object> cleaned = new ArrayList<>(values.size());
        boolean changed = false;
        for (Object element : values) {
            Object next = deep(element);
            changed |= next != element;
            cleaned.add(next);
        }
        return changed ? cleaned : null;
    }

    private static Record record(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] values = new Object[shape.accessors.length];
        boolean changed = false;
        try {
            for (int i = 0; i < values.length; i++) {
                Object old = shape.accessors[i].invoke(record);
                values[i] = deep(old);
                changed |= values[i] != old;
            }
            return changed ? (Record) shape.constructor.invokeWithArguments(values) : record;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // a record whose own checks refuse the cleaned values is kept as it was
            return record;
        }
    }

    /** A record type's accessors and canonical constructor, looked up once per type. */
    private record Shape(MethodHandle[] accessors, MethodHandle constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = MethodHandles.lookup().unreflect(accessor);
                    types[i] = components[i].getType();
                }
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return new Shape(accessors, MethodHandles.lookup().unreflectConstructor(canonical));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot clean " + type.getName(), e);
            }
        }
    };

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A char that may stand alone in XML 1.0 (surrogates only in pairs, handled by the callers). */
    private static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xD800 || (c > 0xDFFF && c < 0xFFFE) : c == '\t' || c == '\n' || c == '\r';
    }
}
